using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Content.Audio;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// A seller's uploads for a listing. Every upload is buffered to a temporary file (never more than its limit plus one
/// byte) and judged by its bytes:
/// thumbnails and preview images are decoded and encoded anew (<see cref="ImageReencoder"/>, decision 050) and stored
/// publicly under <c>products/{seller}</c>; the preview audio (MP3, WAV, OGG by <see cref="ListingAudio"/>) must decode and is
/// stored publicly under <c>product-audio/{seller}</c> with its waveform (<see cref="AudioStore"/>, as audio posts are); the preview
/// video (MP4, WebM by <see cref="MediaUploadRules.Detect"/>) must have a whole container (<see cref="VideoContainer"/>) and is
/// stored publicly under <c>product-video/{seller}</c> with an MP4's metadata blanked, as a post's video is (decision 052); the product files through <see cref="PrivateFiles"/> (kind <see cref="FileKind"/>,
/// decision 015), each checked to be what its name says. The storage key names the uploader, so a listing can carry only
/// its seller's uploads (as posts do, decision 051).
/// </summary>
public sealed class ProductUploads(IFileStorage storage, PrivateFiles privateFiles, ImageReencoder images, IOptions<ImageOptions> imageOptions,
    AudioStore audio, IOptions<MarketplaceOptions> options, ICurrentUser user)
{
    public const string ImageFolder = "products";
    public const string AudioFolder = "product-audio";
    public const string VideoFolder = "product-video";
    /// <summary>
    /// The private-file kind of product files, <c>private-product/{seller}/…</c>: the kind the download rule serves
    /// (<c>Library/ProductFileRule</c>, decision 152), so files listed through the form open for their owners.
    /// </summary>
    public const string FileKind = "product";

    private MarketplaceOptions Limits => options.Value;

    public long MaxImageBytes => Limits.MaxImageBytes;
    public long MaxPreviewAudioBytes => Limits.MaxPreviewAudioBytes;
    public long MaxPreviewVideoBytes => Limits.MaxPreviewVideoBytes;
    public long MaxProductFileBytes => Limits.MaxProductFileBytes;

    /// <summary>The <c>accept</c> list of the preview video's file picker (the server still decides by the bytes).</summary>
    public static string AcceptedVideoTypes =>
        string.Join(",", new[] { MediaFormat.Mp4, MediaFormat.WebM }.SelectMany(f => new[] { f.ContentType, "." + f.Extension }));

    /// <summary>A thumbnail or preview image: decoded, re-encoded, stored publicly; returns its URL.</summary>
    public async Task<Result<string>> UploadImageAsync(Stream content, string field, IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        await using var buffer = await BufferAsync(content, Limits.MaxImageBytes, progress, cancellationToken);
        if (Refused(buffer.Length, Limits.MaxImageBytes, "Images", field) is { } refused) return refused;
        var image = images.Reencode(buffer, imageOptions.Value.PostImageMaxSide, field);
        if (image.Value is not { } clean) return Result<string>.Fail(image.Errors);
        using var bytes = new MemoryStream(clean.Content, writable: false);
        var stored = await storage.SaveAsync(FileStorageExtensions.MemberFolder(ImageFolder, me), clean.Format.Extension, clean.Format.ContentType, bytes, cancellationToken);
        return stored.Url;
    }

    /// <summary>The preview audio (MP3, WAV or OGG): decoded, stored publicly with its waveform; returns its URL.</summary>
    public async Task<Result<string>> UploadPreviewAudioAsync(Stream content, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        const string field = nameof(SaveProductCommand.PreviewAudioUrl);
        await using var buffer = await BufferAsync(content, Limits.MaxPreviewAudioBytes, progress, cancellationToken);
        if (Refused(buffer.Length, Limits.MaxPreviewAudioBytes, "Preview audio", field) is { } refused) return refused;
        if (ListingAudio.Detect(await HeaderAsync(buffer, cancellationToken)) is not { } format)
            return MarketplaceErrors.PreviewAudioUnsupported;
        var kept = await audio.SaveAsync(buffer, format, buffer.Length, FileStorageExtensions.MemberFolder(AudioFolder, me), field, cancellationToken);
        if (kept.Value is not { } stored)
            return kept.FirstError?.Code == ContentErrors.AudioUndecodable.Code ? MarketplaceErrors.PreviewAudioUndecodable : Result<string>.Fail(kept.Errors);
        return stored.File.Url;
    }

    /// <summary>The preview video (MP4 or WebM): its container checked whole, an MP4's metadata blanked, stored publicly; returns its URL.</summary>
    public async Task<Result<string>> UploadPreviewVideoAsync(Stream content, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        await using var buffer = await BufferAsync(content, Limits.MaxPreviewVideoBytes, progress, cancellationToken);
        if (Refused(buffer.Length, Limits.MaxPreviewVideoBytes, "Preview videos", nameof(SaveProductCommand.PreviewVideoUrl)) is { } refused) return refused;
        if (MediaUploadRules.Detect(await HeaderAsync(buffer, cancellationToken, MediaUploadRules.HeaderLength)) is not { Kind: MediaKind.Video } format)
            return MarketplaceErrors.PreviewVideoUnsupported;
        if (!VideoContainer.IsWellFormed(buffer, format, buffer.Length)) return MarketplaceErrors.PreviewVideoMalformed;
        VideoContainer.BlankMetadata(buffer, format, buffer.Length);
        buffer.Position = 0;
        var stored = await storage.SaveAsync(FileStorageExtensions.MemberFolder(VideoFolder, me), format.Extension, format.ContentType, buffer, cancellationToken);
        return stored.Url;
    }

    /// <summary>A product file named <paramref name="fileName"/>: its bytes must be what the name says; stored privately.</summary>
    public async Task<Result<ProductFile>> UploadFileAsync(string fileName, Stream content, IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (user.UserId is null) return Error.SignInRequired;
        const string field = nameof(SaveProductCommand.Files);
        var name = Path.GetFileName(TextInput.Clean(fileName) ?? "");
        if (ProductFileFormat.Claimed(name) is not { } format) return MarketplaceErrors.FileTypeUnsupported(name);
        await using var buffer = await BufferAsync(content, Limits.MaxProductFileBytes, progress, cancellationToken);
        if (Refused(buffer.Length, Limits.MaxProductFileBytes, "Product files", field) is { } refused) return refused;
        if (!format.Matches(await HeaderAsync(buffer, cancellationToken))) return MarketplaceErrors.FileBytesMismatch(name);
        if (!format.Opens(buffer)) return MarketplaceErrors.FileIncomplete(name);
        var saved = await privateFiles.SaveAsync(FileKind, format.Extension, format.ContentType, buffer, cancellationToken);
        if (saved.Value is not { } stored) return Result<ProductFile>.Fail(saved.Errors);
        return new ProductFile(stored.Key, name.Length > 200 ? name[..200] : name, stored.SizeBytes, format.Type);
    }

    /// <summary>Whether <paramref name="url"/> is one of the current member's stored listing images.</summary>
    public Task<bool> IsOwnImageAsync(string url, CancellationToken cancellationToken = default) => IsOwnPublicAsync(url, ImageFolder, cancellationToken);

    /// <summary>Whether <paramref name="url"/> is one of the current member's stored preview audio files.</summary>
    public Task<bool> IsOwnPreviewAudioAsync(string url, CancellationToken cancellationToken = default) => IsOwnPublicAsync(url, AudioFolder, cancellationToken);

    /// <summary>Whether <paramref name="url"/> is one of the current member's stored preview videos.</summary>
    public Task<bool> IsOwnPreviewVideoAsync(string url, CancellationToken cancellationToken = default) => IsOwnPublicAsync(url, VideoFolder, cancellationToken);

    /// <summary>Whether <paramref name="key"/> is a product file the current member uploaded and that is still stored.</summary>
    public async Task<bool> IsOwnFileAsync(string key, CancellationToken cancellationToken = default) =>
        user.UserId is { } me && PrivateFileKey.Parse(key) is { Kind: FileKind } file && file.Owner == me && !key.Contains("..", StringComparison.Ordinal) &&
        await storage.ExistsAsync(key, cancellationToken);

    private async Task<bool> IsOwnPublicAsync(string url, string folder, CancellationToken cancellationToken) =>
        user.UserId is { } me && storage.MemberKeyFromUrl(url, folder, me) is { } key && await storage.ExistsAsync(key, cancellationToken);

    private static Error? Refused(long length, long max, string what, string field) => length switch
    {
        0 => MarketplaceErrors.UploadEmpty with { Field = field },
        _ when length > max => MarketplaceErrors.UploadTooLarge(what, max) with { Field = field },
        _ => null,
    };

    private static async Task<FileStream> BufferAsync(Stream content, long max, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var buffer = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while (total <= max && (read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
            total += read;
            progress?.Report(total);
        }
        buffer.Position = 0;
        return buffer;
    }

    private static async Task<byte[]> HeaderAsync(Stream buffer, CancellationToken cancellationToken, int length = ProductFileFormat.HeaderLength)
    {
        var header = new byte[length];
        var filled = 0;
        int read;
        while (filled < header.Length && (read = await buffer.ReadAsync(header.AsMemory(filled), cancellationToken)) > 0) filled += read;
        buffer.Position = 0;
        return header[..filled];
    }
}
