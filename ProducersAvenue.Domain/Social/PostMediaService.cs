using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Social;

/// <summary>
/// Media for posts: an upload is buffered to a temporary file (never more than <see cref="MediaUploadRules.MaxUploadBytes"/>
/// plus one byte), checked by <see cref="MediaUploadRules"/> on its real bytes and length, and stored under
/// <c>posts/</c> in <see cref="IFileStorage"/> with the detected format's extension and content type.
/// </summary>
public sealed class PostMediaService(IFileStorage storage, MediaUploadRules rules, ICurrentUser user)
{
    public const string Folder = "posts";

    /// <summary>Give this to the browser file's read stream as its size cap.</summary>
    public long MaxUploadBytes => rules.MaxUploadBytes;

    /// <summary>The <c>accept</c> list for a file picker (the server still decides by magic bytes).</summary>
    public static string AcceptedContentTypes => string.Join(",", MediaFormat.All.Select(f => f.ContentType));

    /// <param name="progress">Receives the bytes read so far.</param>
    public async Task<Result<PostMedia>> UploadAsync(Stream content, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        if (user.UserId is null) return Error.SignInRequired;
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
        var stored = await storage.SaveAsync(Folder, format.Extension, format.ContentType, buffer, cancellationToken);
        return new PostMedia(stored.Url, format.Kind);
    }

    /// <summary>Whether <paramref name="url"/> is a post media file this storage made (the only media a post may carry).</summary>
    public bool IsPostMediaUrl(string url) =>
        storage.KeyFromUrl(url) is { } key && key.StartsWith(Folder + "/", StringComparison.Ordinal) && !key.Contains("..", StringComparison.Ordinal);

    /// <summary>Removes an uploaded file the member took off the composer again (only post media).</summary>
    public async Task DiscardAsync(string url, CancellationToken cancellationToken = default)
    {
        if (IsPostMediaUrl(url) && storage.KeyFromUrl(url) is { } key) await storage.DeleteAsync(key, cancellationToken);
    }
}

public sealed record PostMedia(string Url, MediaKind Kind);
