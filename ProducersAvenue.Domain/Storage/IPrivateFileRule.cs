using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Storage;

/// <summary>
/// Who may download the private files of one kind (product files, order deliveries, message attachments…). Each
/// feature registers its rule; a kind without a rule is readable by its uploader and admins only
/// (<see cref="PrivateFiles"/>).
/// </summary>
public interface IPrivateFileRule
{
    /// <summary>The kind, as in the key's folder <c>private-{kind}/{owner}</c>.</summary>
    string Kind { get; }

    Task<bool> MayReadAsync(ICurrentUser user, PrivateFileKey file, CancellationToken cancellationToken);
}

/// <summary>A private file's key read back: its kind and the member who uploaded it.</summary>
public sealed record PrivateFileKey(string Key, string Kind, Guid Owner)
{
    public const string FolderPrefix = "private-";

    public static bool IsPrivate(string key) => key.StartsWith(FolderPrefix, StringComparison.Ordinal);

    public static PrivateFileKey? Parse(string key)
    {
        if (!IsPrivate(key)) return null;
        var parts = key.Split('/');
        return parts.Length > 2 && Guid.TryParseExact(parts[1], "N", out var owner)
            ? new PrivateFileKey(key, parts[0][FolderPrefix.Length..], owner)
            : null;
    }
}
