using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Storage;

public enum ImageKind
{
    Avatar,
    Banner,
}

/// <summary>
/// Checks a member's avatar or banner before it is stored: the byte limit of its kind (<see cref="UploadOptions"/>),
/// then <see cref="ImageReencoder"/> (decoded, pixel limit, upright, scaled to the kind's longest side, encoded anew).
/// The file name and the browser's content type are ignored. Store <see cref="ReencodedImage.Content"/>, never the upload.
/// </summary>
public sealed class ImageUploadValidator(IOptions<UploadOptions> options, IOptions<ImageOptions> imageOptions, ImageReencoder reencoder)
{
    public long MaxBytes(ImageKind kind) => kind == ImageKind.Banner ? options.Value.BannerMaxBytes : options.Value.AvatarMaxBytes;

    public int MaxSide(ImageKind kind) => kind == ImageKind.Banner ? imageOptions.Value.BannerMaxSide : imageOptions.Value.AvatarMaxSide;

    /// <summary>Reads at most the limit plus one byte, so an oversize stream is refused without reading it all.</summary>
    public async Task<Result<ReencodedImage>> ValidateAsync(ImageKind kind, Stream content, string field, CancellationToken cancellationToken = default)
    {
        var max = MaxBytes(kind);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > max) return StorageErrors.TooLarge(field, max);
        }
        if (buffer.Length == 0) return StorageErrors.Empty(field);

        buffer.Position = 0;
        return reencoder.Reencode(buffer, MaxSide(kind), field);
    }
}
