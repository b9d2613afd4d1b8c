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

    /// <summary>
    /// The key of <paramref name="url"/> when it is exactly the URL this storage gives a key in <paramref name="folder"/>'s
    /// folder of <paramref name="member"/> (<c>{folder}/{member}/…</c>, no <c>..</c>), or null: the one check that an
    /// address a member sends back is one of their own public uploads, not another member's or a made-up one.
    /// </summary>
    public static string? MemberKeyFromUrl(this IFileStorage storage, string? url, string folder, Guid member) =>
        storage.KeyFromUrl(url) is { } key && storage.UrlFor(key) == url &&
        key.StartsWith(MemberFolder(folder, member) + "/", StringComparison.Ordinal) && !key.Contains("..", StringComparison.Ordinal)
            ? key
            : null;

    /// <summary>The folder a member's public uploads of one kind go to: <c>{folder}/{member}</c>.</summary>
    public static string MemberFolder(string folder, Guid member) => $"{folder}/{member:N}";
}
