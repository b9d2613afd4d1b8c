namespace ProducersAvenue.Domain.Common;

/// <summary>
/// Typed text inside a LIKE or ILIKE pattern: its backslashes, percent signs and underscores escaped with a backslash (the
/// escape character every such query names), so that "lena_keys" or "100%" match as written, not as wildcards.
/// </summary>
public static class LikePattern
{
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>The pattern of text containing <paramref name="text"/>.</summary>
    public static string Containing(string text) => "%" + Escape(text) + "%";
}
