using System.Globalization;
using System.Text;

namespace ProducersAvenue.Domain.Common;

/// <summary>URL slugs and the normalised comparison key used for taxonomy values and tags.</summary>
public static class Slug
{
    /// <summary>"Lo-Fi Hip Hop!" → "lo-fi-hip-hop". Diacritics are folded; never empty for a non-blank input of letters/digits.</summary>
    public static string From(string value)
    {
        var normalized = value.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(normalized.Length);
        var dash = false;
        foreach (var c in normalized)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (c == '&')
            {
                if (sb.Length > 0 && !dash) sb.Append('-');
                sb.Append("and-");
                dash = true;
            }
            else if (sb.Length > 0 && !dash)
            {
                sb.Append('-');
                dash = true;
            }
        }
        return sb.ToString().Trim('-');
    }

    /// <summary>Trim, collapse inner whitespace, case-fold: the key under which two spellings are "the same value".</summary>
    public static string NormalizeKey(string value) => string.Join(' ', CollapseWhitespace(value).Split(' ')).ToLowerInvariant();

    /// <summary>Trim and collapse inner whitespace, keeping the case (the spelling shown to people).</summary>
    public static string CollapseWhitespace(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
