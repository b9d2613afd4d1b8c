using System.Text.RegularExpressions;

namespace ProducersAvenue.Domain.Storage;

/// <summary>
/// Files in a folder on local disk, served by the app at <c>/files/{key}</c>. Keys are made here
/// (<c>folder/yyyy/MM/{guid}.{ext}</c>), never from a client's file name; a key from outside is checked against that
/// shape and must resolve inside the root, so no key can reach another path.
/// </summary>
public sealed partial class LocalDiskFileStorage : IFileStorage
{
    public const string UrlPrefix = "/files/";

    private readonly string _root;
    private readonly TimeProvider _clock;

    public LocalDiskFileStorage(string root, TimeProvider clock)
    {
        _root = Path.GetFullPath(root);
        _clock = clock;
    }

    public string Root => _root;

    public async Task<StoredFile> SaveAsync(string folder, string extension, string contentType, Stream content, CancellationToken cancellationToken = default)
    {
        if (!FolderPattern().IsMatch(folder)) throw new ArgumentException($"Invalid storage folder '{folder}'.", nameof(folder));
        if (!ExtensionPattern().IsMatch(extension)) throw new ArgumentException($"Invalid extension '{extension}'.", nameof(extension));

        var now = _clock.GetUtcNow();
        var key = $"{folder}/{now:yyyy}/{now:MM}/{Guid.NewGuid():N}.{extension}";
        var path = PathFor(key)!;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await content.CopyToAsync(file, cancellationToken);
        }
        return new StoredFile(key, UrlFor(key), new FileInfo(path).Length, contentType);
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathFor(key);
        if (path is null || !File.Exists(path)) return Task.FromResult<Stream?>(null);
        return Task.FromResult<Stream?>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathFor(key);
        if (path is not null && File.Exists(path)) File.Delete(path);
        return Task.CompletedTask;
    }

    public string UrlFor(string key) => UrlPrefix + key;

    /// <summary>The full path of a well-formed key inside the root, or null.</summary>
    public string? PathFor(string key)
    {
        if (string.IsNullOrEmpty(key) || !KeyPattern().IsMatch(key)) return null;
        var path = Path.GetFullPath(Path.Combine(_root, key.Replace('/', Path.DirectorySeparatorChar)));
        return path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? path : null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex FolderPattern();

    [GeneratedRegex("^[a-z0-9]{1,10}$")]
    private static partial Regex ExtensionPattern();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,39}/[0-9]{4}/[0-9]{2}/[0-9a-f]{32}\.[a-z0-9]{1,10}$")]
    private static partial Regex KeyPattern();
}
