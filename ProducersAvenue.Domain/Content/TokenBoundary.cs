using System.Text;

namespace ProducersAvenue.Domain.Content;

/// <summary>
/// Where a <c>#hashtag</c> or <c>@mention</c> may start: at the start of the text, after whitespace, or after opening
/// punctuation and emphasis marks — never inside a word, a URL path, an e-mail address or an HTML entity.
/// </summary>
internal static class TokenBoundary
{
    private const string Refused = "/\\@#&.-=+%$`:";

    /// <summary><paramref name="previous"/> is the character before the token, or '\0' at the start of the text.</summary>
    public static bool AllowsAfter(char previous) =>
        previous == '\0'
        || char.IsWhiteSpace(previous)
        || ((char.IsPunctuation(previous) || char.IsSymbol(previous)) && !Refused.Contains(previous));

    /// <summary>As <see cref="AllowsAfter(char)"/>, reading a character outside the BMP (an emoji) before the token whole.</summary>
    public static bool AllowsAfter(char previous, char beforePrevious) =>
        char.IsSurrogatePair(beforePrevious, previous)
            ? AllowsAfter(new Rune(beforePrevious, previous))
            : AllowsAfter(previous);

    public static bool AllowsAt(string text, int index) =>
        AllowsAfter(index == 0 ? '\0' : text[index - 1], index < 2 ? '\0' : text[index - 2]);

    private static bool AllowsAfter(Rune previous) =>
        Rune.IsWhiteSpace(previous) || Rune.IsPunctuation(previous) || Rune.IsSymbol(previous);

    /// <summary>Reads one token whose marker is at <paramref name="start"/>; <paramref name="end"/> is exclusive.</summary>
    public delegate bool TokenReader(string text, int start, int end, out string value, out int length);

    /// <summary>Every token starting with <paramref name="marker"/> at a boundary, distinct, in order of first appearance.</summary>
    public static IReadOnlyList<string> ExtractDistinct(string? text, char marker, TokenReader read)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var values = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != marker || !AllowsAt(text, i)) continue;
            if (!read(text, i, text.Length, out var value, out var length)) continue;
            if (!values.Contains(value)) values.Add(value);
            i += length - 1;
        }
        return values;
    }
}
