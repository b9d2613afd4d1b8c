using System.Text.RegularExpressions;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// Whether the storefront's search box ends in the start of a word: its last word, when it is a plain word of at least
/// <see cref="MinimumPrefix"/> letters or digits outside quotes (not an exclusion, not OR), is matched as a prefix — "mast"
/// finds "mastering" and "voc" "vocal" while the member is still typing, as shop searches do. A partial word matches
/// only up to its stem's length ("master" and "mast" find "mastering", "masteri" does not: the index holds stems).
/// </summary>
public static partial class StorefrontSearchWords
{
    /// <summary>
    /// The search box with words joined by a hyphen ("hip-hop", "drum-and-bass") as the words they join: PostgreSQL reads
    /// "hip-hop" as a compound that only text spelled with the hyphen holds, where listings say "hip hop" as often; the
    /// words alone find both spellings. A hyphen that starts a word ("beat -midnight") still excludes it.
    /// </summary>
    public static string Joined(string q) => HyphenBetweenWords().Replace(q, " ");

    [GeneratedRegex(@"(?<=[\p{L}\p{N}])-+(?=[\p{L}\p{N}])")]
    private static partial Regex HyphenBetweenWords();

    /// <summary>Shorter starts match too much of a large catalogue to be worth a prefix scan.</summary>
    public const int MinimumPrefix = 3;

    public static bool EndsInAWordStart(string q)
    {
        var trimmed = q.TrimEnd();
        var start = trimmed.Length - 1;
        while (start >= 0 && !char.IsWhiteSpace(trimmed[start])) start--;
        var last = trimmed[(start + 1)..];
        var insideQuotes = trimmed[..(start + 1)].Count(c => c == '"') % 2 == 1;
        return last.Length >= MinimumPrefix && last.All(char.IsLetterOrDigit) && !insideQuotes &&
               !last.Equals("or", StringComparison.OrdinalIgnoreCase);
    }
}
