using System.Globalization;
using System.Text;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>Usernames for generated members: "Zoë O'Brien" → "zoe.o.brien" (lowercase ASCII letters, digits and dots).</summary>
internal static class DemoUsernames
{
    public static string Stem(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != '.') sb.Append('.');
        }
        return sb.ToString().Trim('.');
    }
}
