using System.Text;

namespace ProducersAvenue.Domain.Common;

/// <summary>
/// The one cleaning step for text a member typed, applied where it enters a service (search words, usernames and tags
/// looked up, post and comment text): NUL and the other C0 control characters except tab, line feed and carriage return
/// are removed (PostgreSQL refuses NUL in text), and a lone UTF-16 surrogate becomes U+FFFD (it cannot be encoded as
/// UTF-8, so Npgsql and <see cref="string.Normalize()"/> would throw). The explicit direction embeddings, overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069) are removed too: one left open in a name or a title reverses the text that
/// follows it on the page (a file "song‮3pm.exe" reads as "songexe.mp3"), and right-to-left writing needs none of them
/// — the bidirectional algorithm orders Arabic and Hebrew by itself, and the marks U+200E, U+200F and U+061C are kept.
/// Everything else is kept as typed.
/// </summary>
public static class TextInput
{
    /// <summary><paramref name="text"/> without the characters no service can store or compare; null stays null.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrEmpty(text) || !NeedsCleaning(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                sb.Append('\uFFFD');
            }
            else if (!IsRefusedControl(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>The elements of <paramref name="texts"/>, each cleaned.</summary>
    public static IReadOnlyList<string> Clean(IEnumerable<string>? texts) => texts?.Select(t => Clean(t) ?? "").ToList() ?? [];

    private static bool NeedsCleaning(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsRefusedControl(c)) return true;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(c)) return true;
        }
        return false;
    }

    private static bool IsRefusedControl(char c) => c < ' ' ? c is not ('\t' or '\n' or '\r') : IsDirectionControl(c);

    /// <summary>An explicit direction embedding, override or isolate: U+202A–U+202E or U+2066–U+2069.</summary>
    public static bool IsDirectionControl(int c) => c is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069;
}
