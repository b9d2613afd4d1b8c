using System.Text.RegularExpressions;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Social;

/// <summary>Hashtags and @mentions in member text (posts, comments), and the tag slug a hashtag maps to.</summary>
internal static partial class SocialText
{
    /// <summary>Distinct hashtags (first spelling kept), e.g. "#LoFi and #lofi" → ["LoFi"].</summary>
    public static IReadOnlyList<string> Hashtags(string? text) =>
        string.IsNullOrEmpty(text) ? [] :
        HashtagPattern().Matches(text).Select(m => m.Groups[1].Value).Where(t => t.Any(char.IsLetter))
            .DistinctBy(t => t.ToLowerInvariant()).ToList();

    /// <summary>Distinct mentioned usernames, lowercase.</summary>
    public static IReadOnlyList<string> Mentions(string? text) =>
        string.IsNullOrEmpty(text) ? [] :
        MentionPattern().Matches(text).Select(m => m.Groups[1].Value.TrimEnd('.').ToLowerInvariant()).Where(u => u.Length >= 3).Distinct().ToList();

    /// <summary>The tag slug of a hashtag: "Lo_Fi" → "lo-fi".</summary>
    public static string TagSlug(string hashtag) => Slug.From(hashtag);

    /// <summary>A case-insensitive PostgreSQL regex that finds the hashtag of <paramref name="slug"/> in text, or null for a malformed slug.</summary>
    public static string? HashtagRegexForSlug(string slug) =>
        SlugPattern().IsMatch(slug) ? $"(^|[^[:alnum:]_&#])#{slug.Replace('-', '_')}([^[:alnum:]_]|$)" : null;

    [GeneratedRegex(@"(?<![\w&#/])#([A-Za-z0-9_]{1,50})(?![\w])")]
    private static partial Regex HashtagPattern();

    [GeneratedRegex(@"(?<![\w@./])@([A-Za-z0-9_.]{3,30})")]
    private static partial Regex MentionPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
