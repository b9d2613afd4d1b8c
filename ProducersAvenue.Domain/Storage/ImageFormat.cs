namespace ProducersAvenue.Domain.Storage;

/// <summary>An image format the site accepts, recognised by its leading bytes (never by file name or browser claim).</summary>
public sealed record ImageFormat(string ContentType, string Extension)
{
    public static readonly ImageFormat Png = new("image/png", "png");
    public static readonly ImageFormat Jpeg = new("image/jpeg", "jpg");
    public static readonly ImageFormat WebP = new("image/webp", "webp");
    public static readonly ImageFormat Gif = new("image/gif", "gif");

    public static IReadOnlyList<ImageFormat> All { get; } = [Png, Jpeg, WebP, Gif];

    /// <summary>How many leading bytes <see cref="Detect"/> needs.</summary>
    public const int SignatureLength = 12;

    public static ImageFormat? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return Png;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return Jpeg;
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return Gif;
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return WebP;
        return null;
    }

    /// <summary>The content type for a stored file's extension (files are only ever stored under these extensions).</summary>
    public static string ContentTypeForExtension(string extension) =>
        All.FirstOrDefault(f => string.Equals(f.Extension, extension, StringComparison.OrdinalIgnoreCase))?.ContentType
        ?? (extension.Equals("jpeg", StringComparison.OrdinalIgnoreCase) ? Jpeg.ContentType : "application/octet-stream");
}
