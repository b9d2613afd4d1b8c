namespace ProducersAvenue.Domain.Content;

/// <summary>
/// <c>@username</c> mentions in member text: '@' then a syntactically valid username (3–30 of a-z, 0-9, '_' and '.',
/// compared lower-cased), starting at a word boundary. A trailing '.' is sentence punctuation, not part of the name;
/// "@name@host" (an e-mail address) is not a mention. Whether the user exists is the caller's business.
/// The Markdown renderer links exactly the mentions this class extracts (outside code spans and links).
/// </summary>
public static class Mentions
{
    public const int MinLength = 3;
    public const int MaxLength = 30;

    /// <summary>Distinct lower-case usernames in order of first appearance.</summary>
    public static IReadOnlyList<string> Extract(string? text) => TokenBoundary.ExtractDistinct(text, '@', TryRead);

    /// <summary>
    /// Reads the mention whose '@' is at <paramref name="start"/> (the caller checked the boundary before it);
    /// <paramref name="end"/> is exclusive. <paramref name="length"/> includes the '@'.
    /// </summary>
    internal static bool TryRead(string text, int start, int end, out string username, out int length)
    {
        username = "";
        length = 0;
        var i = start + 1;
        while (i < end && IsUsernameChar(text[i])) i++;
        // The name must not run on into other word characters (é, another '@'): then it is not a username at all.
        if (i < end && (char.IsLetterOrDigit(text[i]) || text[i] == '@')) return false;
        var stop = i;
        while (stop > start + 1 && text[stop - 1] == '.') stop--;
        var name = text[(start + 1)..stop];
        if (name.Length is < MinLength or > MaxLength) return false;
        username = name.ToLowerInvariant();
        length = stop - start;
        return true;
    }

    /// <summary>Whether <paramref name="c"/> may stand in a username (a-z, 0-9, '_', '.'; capitals are compared lower-cased).</summary>
    public static bool IsUsernameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.';
}
