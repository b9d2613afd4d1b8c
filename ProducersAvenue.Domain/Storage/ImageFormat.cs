namespace ProducersAvenue.Domain.Storage;

/// <summary>A format <see cref="ImageReencoder"/> writes: PNG (also for GIFs, see decision 050), JPEG or WebP.</summary>
public sealed record ImageFormat(string ContentType, string Extension)
{
    public static readonly ImageFormat Png = new("image/png", "png");
    public static readonly ImageFormat Jpeg = new("image/jpeg", "jpg");
    public static readonly ImageFormat WebP = new("image/webp", "webp");
}
