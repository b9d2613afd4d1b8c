using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Content.Audio;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>What a portfolio sample is, read from its stored address (the server chose the extension from the bytes).</summary>
public enum PortfolioKind
{
    Image,
    Audio,
}

/// <summary>
/// Portfolio samples of services: an upload is read up to its limit plus one byte; audio is recognised by its magic
/// numbers (<see cref="ListingAudio"/>: MP3, WAV, OGG), must decode and is stored as it came with its waveform
/// (<see cref="AudioStore"/>, as audio posts are), anything else must decode as an image
/// and is re-encoded by <see cref="ImageReencoder"/> (decision 050) before it is stored. Files go under
/// <c>services/{member}/</c>, public like post media, so a service can only show samples its seller uploaded.
/// </summary>
public sealed class ServicePortfolio(IFileStorage storage, ImageReencoder images, AudioStore audioStore, IOptions<ServiceListingOptions> options,
    ICurrentUser user)
{
    public const string Folder = "services";
    public const string Field = "Portfolio";

    private ServiceListingOptions Limits => options.Value;

    /// <summary>Give this to the browser file's read stream as its size cap.</summary>
    public long MaxUploadBytes => Math.Max(Limits.PortfolioAudioMaxBytes, Limits.PortfolioImageMaxBytes);

    /// <summary>The <c>accept</c> list for the file picker (the server still decides by the bytes).</summary>
    public const string AcceptedContentTypes = "image/jpeg,image/png,image/webp,image/gif,audio/mpeg,audio/wav,audio/x-wav,audio/ogg";

    public static PortfolioKind KindOf(string url) => ListingAudio.IsAudioUrl(url) ? PortfolioKind.Audio : PortfolioKind.Image;

    public async Task<Result<string>> UploadAsync(Stream content, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        await using var buffer = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while (total <= MaxUploadBytes && (read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
            total += read;
        }
        if (total == 0) return MarketplaceErrors.PortfolioEmpty;

        buffer.Position = 0;
        var head = new byte[AudioSignature.HeaderLength];
        var headLength = await buffer.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        buffer.Position = 0;
        StoredFile stored;
        if (ListingAudio.Detect(head.AsSpan(0, headLength)) is { } audio)
        {
            if (total > Limits.PortfolioAudioMaxBytes) return MarketplaceErrors.PortfolioTooLarge(Limits.PortfolioAudioMaxBytes);
            var kept = await audioStore.SaveAsync(buffer, audio, total, FolderOf(me), Field, cancellationToken);
            if (kept.Value is not { } sample)
                return kept.FirstError?.Code == ContentErrors.AudioUndecodable.Code ? MarketplaceErrors.PortfolioAudioUndecodable : Result<string>.Fail(kept.Errors);
            stored = sample.File;
        }
        else
        {
            if (total > Limits.PortfolioImageMaxBytes) return MarketplaceErrors.PortfolioTooLarge(Limits.PortfolioImageMaxBytes);
            var image = images.Reencode(buffer, Limits.PortfolioImageMaxSide, Field);
            if (image.Value is not { } clean)
                return image.FirstError?.Code == StorageErrors.Unreadable(Field).Code ? MarketplaceErrors.PortfolioUnsupported : Result<string>.Fail(image.Errors);
            using var bytes = new MemoryStream(clean.Content, writable: false);
            stored = await storage.SaveAsync(FolderOf(me), clean.Format.Extension, clean.Format.ContentType, bytes, cancellationToken);
        }
        return stored.Url;
    }

    /// <summary>Whether every address is a file the current member uploaded here and that is still stored.</summary>
    public async Task<bool> AreOwnUploadsAsync(IEnumerable<string> urls, CancellationToken cancellationToken = default)
    {
        foreach (var url in urls)
            if (OwnKey(url) is not { } key || !await storage.ExistsAsync(key, cancellationToken)) return false;
        return true;
    }

    /// <summary>Removes a sample the seller took off the form before saving (only their own uploads).</summary>
    public async Task DiscardAsync(string url, CancellationToken cancellationToken = default)
    {
        if (OwnKey(url) is { } key) await storage.DeleteAsync(key, cancellationToken);
    }

    private static string FolderOf(Guid member) => FileStorageExtensions.MemberFolder(Folder, member);

    private string? OwnKey(string url) => user.UserId is { } me ? storage.MemberKeyFromUrl(url, Folder, me) : null;
}
