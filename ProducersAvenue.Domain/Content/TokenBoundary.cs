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

    public static bool AllowsAt(string text, int index) => AllowsAfter(index == 0 ? '\0' : text[index - 1]);
}
