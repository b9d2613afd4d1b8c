namespace ProducersAvenue.Domain.Storage;

/// <summary>
/// Files in a folder on local disk, served by the app at <c>/files/{key}</c>. Keys are made by <see cref="StorageKeys"/>
/// (<c>folder[/sub]/yyyy/MM/{guid}.{ext}</c>), never from a client's file name; a key from outside is checked against that
/// shape and must resolve inside the root, so no key can reach another path.
/// </summary>
public sealed class LocalDiskFileStorage : IFileStorage
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
        var key = StorageKeys.New(folder, extension, _clock.GetUtcNow());
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

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(PathFor(key) is { } path && File.Exists(path));

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
        if (!StorageKeys.IsWellFormed(key)) return null;
        var path = Path.GetFullPath(Path.Combine(_root, key.Replace('/', Path.DirectorySeparatorChar)));
        return path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? path : null;
    }
}
