namespace ProducersAvenue.Domain.Storage;

/// <summary>
/// Configuration section <c>Images</c>: how member images are decoded and re-encoded (<see cref="ImageReencoder"/>).
/// Byte limits stay with their uploads (<see cref="UploadOptions"/> for avatars and banners, <c>Media</c> for post media).
/// </summary>
public sealed class ImageOptions
{
    public const string Section = "Images";

    /// <summary>Width × height allowed, read from the header before any pixel is decoded (decompression bombs).</summary>
    public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>The longest side of a stored avatar; larger ones are scaled down.</summary>
    public int AvatarMaxSide { get; set; } = 512;

    public int BannerMaxSide { get; set; } = 2048;

    public int PostImageMaxSide { get; set; } = 2048;

    /// <summary>0–100, for JPEG and WebP output.</summary>
    public int Quality { get; set; } = 85;
}
