using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Orders;

/// <summary>
/// The names an order's files were uploaded under, kept beside their keys (decision 238): a seller mixing twelve stems gets
/// "Lead vocal.wav", not "Requirement file 7.wav". Each name is made safe as a download name (<see cref="DownloadName"/>:
/// no path, no control or direction characters, the stored file's own extension); a list that does not match its keys one
/// for one is dropped, and a file without a name is shown under its label and number.
/// </summary>
public static class OrderFileNames
{
    /// <summary>The names to keep for <paramref name="keys"/>: one per key, or none.</summary>
    public static string[] For(IReadOnlyList<string> keys, IReadOnlyList<string>? names) =>
        names is null || names.Count != keys.Count ? [] : [.. keys.Select((key, i) => DownloadName.Clean(names[i], key))];

    /// <summary>The name file <paramref name="index"/> is shown and saved under.</summary>
    public static string Of(IReadOnlyList<string> keys, IReadOnlyList<string> names, int index, string label) =>
        names.Count == keys.Count && !string.IsNullOrWhiteSpace(names[index])
            ? names[index]
            : $"{label} {index + 1}{Path.GetExtension(keys[index])}";
}
