using System.Text;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Storage;

/// <summary>
/// The name a downloaded private file is saved as: the name asked for, made safe for a file system and a header (no path,
/// no control characters, none of <c>\ / : * ? " &lt; &gt; |</c>, at most 120 characters), always ending with the stored
/// file's extension — whatever the name says, the bytes are of the type the upload was checked as. The key's own file
/// name when nothing usable is asked for. Direction controls are dropped (<see cref="TextInput.IsDirectionControl"/>): they
/// would let a name show an extension it does not have.
/// </summary>
public static class DownloadName
{
    public const int MaxLength = 120;

    public static string Clean(string? wanted, string key)
    {
        var extension = Path.GetExtension(key);
        var stem = new StringBuilder();
        foreach (var rune in (wanted ?? "").EnumerateRunes())
        {
            if (TextInput.IsDirectionControl(rune.Value)) continue;
            if (Rune.IsControl(rune) || rune.Value is '\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|') stem.Append('-');
            else stem.Append(rune.ToString());
        }
        var name = stem.ToString().Trim().Trim('.', ' ', '-');
        if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) name = name[..^extension.Length].TrimEnd('.', ' ', '-');
        if (name.Length == 0) return Path.GetFileName(key);
        return Fit(name, extension);
    }

    /// <summary>An uploaded file's name cut to <see cref="MaxLength"/> characters: its start and its extension kept.</summary>
    public static string Shorten(string name)
    {
        if (name.Length <= MaxLength) return name;
        var extension = Path.GetExtension(name);
        if (extension.Length >= MaxLength / 2) extension = "";
        return Fit(name[..^extension.Length], extension);
    }

    private static string Fit(string stem, string extension)
    {
        var limit = MaxLength - extension.Length;
        if (stem.Length > limit) stem = stem[..limit].TrimEnd('.', ' ', '-');
        if (stem.Length > 0 && char.IsHighSurrogate(stem[^1])) stem = stem[..^1];
        return stem + extension;
    }
}
