using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Content.Audio;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Social;

/// <summary>
/// Media for posts: an upload is buffered to a temporary file (never more than <see cref="MediaUploadRules.MaxUploadBytes"/>
/// plus one byte) and checked by <see cref="MediaUploadRules"/> on its real bytes and length. An image is then decoded and
/// encoded anew by <see cref="ImageReencoder"/> and only that new file is stored; a video is stored once its container
/// structure checks out, with an MP4's metadata boxes blanked (decision 052); audio goes through <see cref="AudioStore"/>
/// (stored once it decodes, with its waveform recorded under the file's key, decision 130). Files go under <c>posts/{member}/</c> in <see cref="IFileStorage"/>, so a post can
/// carry only files its author uploaded (decision 051).
/// </summary>
public sealed class PostMediaService(IFileStorage storage, MediaUploadRules rules, ImageReencoder images, IOptions<ImageOptions> imageOptions,
    AudioStore audio, ICurrentUser user)
{
    public const string Folder = "posts";

    /// <summary>Give this to the browser file's read stream as its size cap.</summary>
    public long MaxUploadBytes => rules.MaxUploadBytes;

    /// <summary>The <c>accept</c> list for a file picker (the server still decides by the bytes).</summary>
    public static string AcceptedContentTypes => string.Join(",", MediaFormat.All.SelectMany(f => new[] { f.ContentType, "." + f.Extension }).Distinct());

    /// <param name="progress">Receives the bytes read so far.</param>
    public async Task<Result<PostMedia>> UploadAsync(Stream content, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        await using var buffer = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while (total <= rules.MaxUploadBytes && (read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
            total += read;
            progress?.Report(total);
        }

        buffer.Position = 0;
        var check = await rules.CheckAsync(buffer, total, cancellationToken);
        if (!check.Succeeded) return Result<PostMedia>.Fail(check.Errors);
        var format = check.Value!;
        buffer.Position = 0;
        StoredFile stored;
        Waveform? waveform = null;
        if (format.Kind == MediaKind.Image)
        {
            var image = images.Reencode(buffer, imageOptions.Value.PostImageMaxSide, ContentErrors.MediaField);
            if (image.Value is not { } clean) return Result<PostMedia>.Fail(image.Errors);
            using var bytes = new MemoryStream(clean.Content, writable: false);
            stored = await storage.SaveAsync(FolderOf(me), clean.Format.Extension, clean.Format.ContentType, bytes, cancellationToken);
        }
        else if (format.Kind == MediaKind.Audio)
        {
            var kept = await audio.SaveAsync(buffer, format, total, FolderOf(me), ContentErrors.MediaField, cancellationToken);
            if (kept.Value is not { } audioFile) return Result<PostMedia>.Fail(kept.Errors);
            stored = audioFile.File;
            waveform = audioFile.Waveform;
        }
        else
        {
            if (!VideoContainer.IsWellFormed(buffer, format, total)) return ContentErrors.VideoMalformed;
            VideoContainer.BlankMetadata(buffer, format, total);
            buffer.Position = 0;
            stored = await storage.SaveAsync(FolderOf(me), format.Extension, format.ContentType, buffer, cancellationToken);
        }
        return new PostMedia(stored.Url, format.Kind, waveform);
    }

    /// <summary>
    /// Whether every URL is exactly the URL of a file the current member uploaded here and that is still stored (the only
    /// media a post may carry): a URL with the right prefix but another member's folder, a made-up key or a deleted
    /// file is not.
    /// </summary>
    public async Task<bool> AreOwnUploadsAsync(IEnumerable<string> urls, CancellationToken cancellationToken = default)
    {
        foreach (var url in urls)
        {
            if (OwnKey(url) is not { } key || !await storage.ExistsAsync(key, cancellationToken)) return false;
        }
        return true;
    }

    /// <summary>What kind of media an uploaded file is, by the extension the server gave its key (null for an unknown one).</summary>
    public MediaKind? KindOf(string url) =>
        storage.KeyFromUrl(url) is { } key && MediaFormat.All.FirstOrDefault(f => f.Extension == Path.GetExtension(key).TrimStart('.')) is { } format
            ? format.Kind
            : null;

    /// <summary>Removes an uploaded file the member took off the composer again (only their own post media).</summary>
    public async Task DiscardAsync(string url, CancellationToken cancellationToken = default)
    {
        if (OwnKey(url) is { } key) await storage.DeleteAsync(key, cancellationToken);
    }

    private static string FolderOf(Guid member) => FileStorageExtensions.MemberFolder(Folder, member);

    /// <summary>The storage key of <paramref name="url"/> when it lies in the current member's post media folder.</summary>
    private string? OwnKey(string url) => user.UserId is { } me ? storage.MemberKeyFromUrl(url, Folder, me) : null;
}

/// <param name="Waveform">Audio only: its length and peaks, for the composer's preview.</param>
public sealed record PostMedia(string Url, MediaKind Kind, Waveform? Waveform = null);
