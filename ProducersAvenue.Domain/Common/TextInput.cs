using System.Globalization;
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
/// A text that shows nothing — only spaces and invisible characters (zero-width spaces and joiners, U+FEFF, soft hyphens,
/// Hangul fillers, the blank Braille cell …) — keeps only its spaces, so every "write something" rule sees it as blank
/// (a post of two zero-width spaces was an empty card). Inside visible text they are kept: joiners build emoji and
/// Persian words. Everything else is kept as typed.
/// </summary>
public static class TextInput
{
    /// <summary><paramref name="text"/> without the characters no service can store or compare; null stays null.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        var cleaned = NeedsCleaning(text) ? Cleaned(text) : text;
        return ShowsNothing(cleaned) ? string.Concat(cleaned.Where(char.IsWhiteSpace)) : cleaned;
    }

    /// <summary>
    /// The words of a search box as every search reads them: cleaned and trimmed, null when nothing shows. Only spaces and
    /// only zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF …) are both no search: the header's box stayed
    /// put for spaces but opened /search for the zero-width ones, with the page's general results.
    /// </summary>
    public static string? SearchWords(string? typed) => Clean(typed)?.Trim() is { Length: > 0 } words ? words : null;

    private static string Cleaned(string text)
    {
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

    /// <summary>Most combining marks one letter keeps in a name (<see cref="WithFewMarks"/>): enough for any script's accents.</summary>
    public const int MostMarksPerLetter = 3;

    /// <summary>
    /// <paramref name="text"/> with at most <see cref="MostMarksPerLetter"/> combining marks after each letter: a name
    /// stacked with dozens ("Zalgo") drew over the lines around it — the handle, buttons, counts.
    /// </summary>
    public static string? WithFewMarks(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        var kept = new System.Text.StringBuilder(text.Length);
        var marks = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var mark = System.Text.Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.EnclosingMark;
            marks = mark ? marks + 1 : 0;
            if (!mark || marks <= MostMarksPerLetter) kept.Append(rune.ToString());
        }
        return kept.ToString();
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

    /// <summary>Whether <paramref name="text"/> has an invisible character and nothing that shows but spaces.</summary>
    private static bool ShowsNothing(string text)
    {
        var invisible = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsInvisible(rune)) invisible = true;
            else if (!Rune.IsWhiteSpace(rune)) return false;
        }
        return invisible;
    }

    /// <summary>A character that draws nothing on its own: a format character (category Cf), a Hangul filler, the
    /// combining grapheme joiner, a variation selector or the blank Braille cell.</summary>
    private static bool IsInvisible(Rune rune) => Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format
        || rune.Value is 0x034F or 0x115F or 0x1160 or 0x2800 or 0x3164 or 0xFFA0 or >= 0xFE00 and <= 0xFE0F or >= 0xE0100 and <= 0xE01EF;

    private static bool IsRefusedControl(char c) => c < ' ' ? c is not ('\t' or '\n' or '\r') : IsDirectionControl(c);

    /// <summary>An explicit direction embedding, override or isolate: U+202A–U+202E or U+2066–U+2069.</summary>
    public static bool IsDirectionControl(int c) => c is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069;
}
