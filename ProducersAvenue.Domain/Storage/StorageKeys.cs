using System.Text.RegularExpressions;

namespace ProducersAvenue.Domain.Storage;

/// <summary>
/// The shape of storage keys, shared by every <see cref="IFileStorage"/>: keys are made here
/// (<c>folder[/sub]/yyyy/MM/{guid}.{ext}</c>), never from a client's file name, and a key from outside must match the shape.
/// </summary>
public static partial class StorageKeys
{
    /// <summary>A new key in <paramref name="folder"/>; throws on a folder or extension that does not fit the shape.</summary>
    public static string New(string folder, string extension, DateTimeOffset now)
    {
        if (!FolderPattern().IsMatch(folder)) throw new ArgumentException($"Invalid storage folder '{folder}'.", nameof(folder));
        if (!ExtensionPattern().IsMatch(extension)) throw new ArgumentException($"Invalid extension '{extension}'.", nameof(extension));
        return $"{folder}/{now:yyyy}/{now:MM}/{Guid.NewGuid():N}.{extension}";
    }

    public static bool IsWellFormed(string? key) => !string.IsNullOrEmpty(key) && KeyPattern().IsMatch(key);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}(/[a-z0-9][a-z0-9-]{0,39})?$")]
    private static partial Regex FolderPattern();

    [GeneratedRegex("^[a-z0-9]{1,10}$")]
    private static partial Regex ExtensionPattern();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,39}(/[a-z0-9][a-z0-9-]{0,39})?/[0-9]{4}/[0-9]{2}/[0-9a-f]{32}\.[a-z0-9]{1,10}$")]
    private static partial Regex KeyPattern();
}
