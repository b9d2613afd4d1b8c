using System.Buffers;
using System.Globalization;
using System.Text;

namespace ProducersAvenue.Domain.Content;

/// <summary>
/// <c>#hashtags</c> in member text: '#' then a letter, digit or '_', then letters, digits, '_' and combining marks (at
/// most <see cref="MaxLength"/> characters once normalized), starting at a word boundary (<see cref="TokenBoundary"/>).
/// Digits-only tags count (#808, #909 are producer tags). The slug is the tag in NFC, lower-cased; it is what
/// <c>tags.slug</c> and <c>/tags/{slug}</c> use. The Markdown renderer links exactly the tags this class extracts (outside
/// code spans and links), and the SQL function <c>hashtag_spellings</c> (behind <c>posts.tags</c> and the <c>tags</c>
/// counter trigger) applies the same rule: <c>HashtagCorpus</c> in the tests runs one list of tricky tags through both
/// (docs/decisions/041).
/// </summary>
public static class Hashtags
{
    /// <summary>Characters (Unicode code points) in a slug.</summary>
    public const int MaxLength = 30;

    /// <summary>Distinct slugs in order of first appearance.</summary>
    public static IReadOnlyList<string> Extract(string? text) => TokenBoundary.ExtractDistinct(text, '#', TryRead);

    /// <summary>The address of a tag's page, from the site's root.</summary>
    public static string PagePath(string slug) => $"/tags/{Uri.EscapeDataString(slug)}";

    /// <summary>The slug of one typed tag ("#LoFi", "lofi"), or null when the text is not exactly one hashtag.</summary>
    public static string? SlugOf(string? typed)
    {
        var text = typed?.Trim() ?? "";
        if (text.Length == 0) return null;
        if (!text.StartsWith('#')) text = "#" + text;
        var found = Extract(text);
        return found.Count == 1 && "#" + found[0] == text.ToLowerInvariant().Normalize(NormalizationForm.FormC) ? found[0] : null;
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
        while (i < end && Rune.DecodeFromUtf16(text.AsSpan(i, end - i), out var rune, out var consumed) == OperationStatus.Done &&
               IsTagRune(rune, first: i == start + 1))
            i += consumed;
        if (i == start + 1) return false;
        var normalized = text[(start + 1)..i].Normalize(NormalizationForm.FormC).ToLowerInvariant();
        if (normalized.EnumerateRunes().Count() > MaxLength) return false;
        slug = normalized;
        length = i - start;
        return true;
    }

    private static bool IsTagRune(Rune r, bool first) =>
        Rune.IsLetterOrDigit(r) || r.Value == '_'
        || (!first && Rune.GetUnicodeCategory(r) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);
}
