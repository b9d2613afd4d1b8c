using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Storage;

public enum ImageKind
{
    Avatar,
    Banner,
}

/// <summary>An upload that passed validation: its bytes and the format read from them.</summary>
public sealed record ValidatedImage(byte[] Content, ImageFormat Format)
{
    public long SizeBytes => Content.LongLength;
}

/// <summary>
/// Checks a member's image upload before it is stored: the size limit of its kind (<see cref="UploadOptions"/>) and
/// the real format by magic bytes (PNG, JPEG, WebP, GIF). The file name and the browser's content type are ignored.
/// </summary>
public sealed class ImageUploadValidator(IOptions<UploadOptions> options)
{
    public long MaxBytes(ImageKind kind) => kind == ImageKind.Banner ? options.Value.BannerMaxBytes : options.Value.AvatarMaxBytes;

    /// <summary>Reads at most the limit plus one byte, so an oversize stream is refused without reading it all.</summary>
    public async Task<Result<ValidatedImage>> ValidateAsync(ImageKind kind, Stream content, string field, CancellationToken cancellationToken = default)
    {
        var max = MaxBytes(kind);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > max) return TooLarge(field, max);
        }
        if (buffer.Length == 0) return Error.Validation(field, "The file is empty.");

        var bytes = buffer.ToArray();
        var format = ImageFormat.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, ImageFormat.SignatureLength)));
        if (format is null) return Error.Validation(field, "Upload a PNG, JPEG, WebP or GIF image.");
        return new ValidatedImage(bytes, format);
    }

    /// <summary>The message for a file over the limit (also used by pages that know the size before reading).</summary>
    public static Error TooLarge(string field, long max) =>
        Error.Validation(field, $"The image is larger than {max / (1024 * 1024.0):0.#} MB.");
}
