using System.Globalization;
using System.Text;

namespace ProducersAvenue.Domain.Content;

/// <summary>
/// <c>#hashtags</c> in member text: '#' then letters, digits and '_' (at most <see cref="MaxLength"/>, not digits only),
/// starting at a word boundary. The slug is the tag lower-cased (NFC); it is what <c>tags.slug</c> and <c>/tags/{slug}</c> use.
/// The Markdown renderer links exactly the tags this class extracts (outside code spans and links).
/// </summary>
public static class Hashtags
{
    public const int MaxLength = 30;

    /// <summary>Distinct slugs in order of first appearance.</summary>
    public static IReadOnlyList<string> Extract(string? text) => TokenBoundary.ExtractDistinct(text, '#', TryRead);

    /// <summary>
    /// The same tags as <see cref="Extract"/>, each with its first spelling in the text ("#LoFi and #lofi" → (lofi, LoFi)):
    /// the display name a new <c>tags</c> row gets.
    /// </summary>
    public static IReadOnlyList<(string Slug, string Name)> ExtractWithSpelling(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var tags = new List<(string Slug, string Name)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '#' || !TokenBoundary.AllowsAt(text, i) || !TryRead(text, i, text.Length, out var slug, out var length)) continue;
            if (!tags.Exists(t => t.Slug == slug)) tags.Add((slug, text.Substring(i + 1, length - 1).Normalize(NormalizationForm.FormC)));
            i += length - 1;
        }
        return tags;
    }

    /// <summary>
    /// Reads the hashtag whose '#' is at <paramref name="start"/> (the caller checked the boundary before it);
    /// <paramref name="end"/> is exclusive. <paramref name="length"/> includes the '#'.
    /// </summary>
    internal static bool TryRead(string text, int start, int end, out string slug, out int length)
    {
        slug = "";
        length = 0;
        var i = start + 1;
        while (i < end && IsTagChar(text[i], first: i == start + 1)) i++;
        var body = text[(start + 1)..i];
        if (body.Length == 0 || body.All(char.IsAsciiDigit)) return false;
        var normalized = body.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        if (normalized.Length > MaxLength) return false;
        slug = normalized;
        length = i - start;
        return true;
    }

    private static bool IsTagChar(char c, bool first) =>
        char.IsLetterOrDigit(c) || c == '_'
        || (!first && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);
}
