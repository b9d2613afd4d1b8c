namespace ProducersAvenue.Domain.Storage;

public static class FileStorageExtensions
{
    /// <summary>The key of a URL this storage made (URLs are the storage's prefix plus the key), or null for any other URL.</summary>
    public static string? KeyFromUrl(this IFileStorage storage, string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var prefix = storage.UrlFor("");
        return url.StartsWith(prefix, StringComparison.Ordinal) && url.Length > prefix.Length ? url[prefix.Length..] : null;
    }
}
