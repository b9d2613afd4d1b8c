namespace ProducersAvenue.Domain.Storage;

/// <summary>
/// The one storage path for member files (avatars, banners, post media, product files). Default: a folder on local
/// disk served by the app (<c>/files/{key}</c>); production: Bunny.net Storage, selected by configuration.
/// Keys look like <c>avatars/2026/11/{guid}.png</c>; a folder may have one sub-folder (post media: <c>posts/{member}/2026/11/{guid}.png</c>). Validation (size, content type) happens before a save.
/// </summary>
public interface IFileStorage
{
    Task<StoredFile> SaveAsync(string folder, string extension, string contentType, Stream content, CancellationToken cancellationToken = default);
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default);
    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default);
    Task DeleteAsync(string key, CancellationToken cancellationToken = default);
    /// <summary>The URL a browser uses for the file.</summary>
    string UrlFor(string key);
}

public sealed record StoredFile(string Key, string Url, long SizeBytes, string ContentType);
