using Microsoft.EntityFrameworkCore;

namespace ProducersAvenue.Domain.Common;

/// <summary>
/// URL slugs and the normalised comparison key used for taxonomy values. The slug rule has one implementation, the SQL
/// function <c>slugify</c> (migration OneSlugRule, docs/decisions/019): the approval of custom values runs inside the
/// database, so C# asks the database instead of keeping a second copy that could disagree.
/// </summary>
public static class Slug
{
    /// <summary>The longest slug <c>slugify</c> returns.</summary>
    public const int MaxLength = 80;

    /// <summary>"Drum &amp; Bass" → "drum-and-bass", "Café Sessions!" → "cafe-sessions"; empty when no a-z or 0-9 is left.</summary>
    public static async Task<string> OfAsync(DbContext db, string value, CancellationToken cancellationToken = default) =>
        (await OfAsync(db, [value], cancellationToken))[value];

    /// <summary>The slug of each distinct value, in one query.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> OfAsync(DbContext db, IEnumerable<string> values,
        CancellationToken cancellationToken = default)
    {
        var distinct = values.Distinct(StringComparer.Ordinal).ToArray();
        var rows = await db.Database
            .SqlQuery<SlugRow>($"SELECT v AS \"Value\", slugify(v) AS \"Slug\" FROM unnest({distinct}::text[]) AS v")
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Value, r => r.Slug, StringComparer.Ordinal);
    }

    /// <summary>Trim, collapse inner whitespace, case-fold: the key under which two spellings are "the same value".</summary>
    public static string NormalizeKey(string value) => string.Join(' ', CollapseWhitespace(value).Split(' ')).ToLowerInvariant();

    /// <summary>Trim and collapse inner whitespace, keeping the case (the spelling shown to people).</summary>
    public static string CollapseWhitespace(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private sealed class SlugRow
    {
        public string Value { get; init; } = "";
        public string Slug { get; init; } = "";
    }
}
