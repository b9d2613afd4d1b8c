namespace ProducersAvenue.Domain.Social;

/// <summary>The numbers of the social feature (configuration section <c>Social</c>).</summary>
public sealed class SocialOptions
{
    public const string Section = "Social";
    /// <summary>The <c>platform_settings</c> key under which the tag counter trigger reads <see cref="TrendingHalfLifeHours"/>.</summary>
    public const string TrendingHalfLifeKey = "social.trending_half_life_hours";

    /// <summary>Posts per feed page.</summary>
    public int FeedPageSize { get; set; } = 20;
    /// <summary>Rows per page of follower/following lists, notifications and search.</summary>
    public int ListPageSize { get; set; } = 30;
    /// <summary>Post search ranks the newest this-many matches (see SearchService.PostsAsync).</summary>
    public int SearchCandidates { get; set; } = 1000;
    /// <summary>How many times a minute one member may ask for the members to mention as they type (<c>GET /mentions/suggest</c>).</summary>
    public int MentionSuggestionsPerMinute { get; set; } = 120;
    /// <summary>Posts one member may write in an hour: a script cannot flood the feeds, nor have the server fetch link previews without end.</summary>
    public int PostsPerHour { get; set; } = 30;
    /// <summary>Comments one member may write in a minute.</summary>
    public int CommentsPerMinute { get; set; } = 10;
    /// <summary>Comment nesting levels (a top-level comment is level 1); deeper replies attach at the last level.</summary>
    public int MaxCommentDepth { get; set; } = 3;
    /// <summary>Top-level comments a post's page shows at first and adds with each "Show more comments" (with their replies).</summary>
    public int CommentThreadsPerPage { get; set; } = 30;
    /// <summary>Half-life of a tag's trending score (also read by the tag counter trigger through <c>platform_settings</c>).</summary>
    public double TrendingHalfLifeHours { get; set; } = 24;
    /// <summary>How far back the "trending" explore sort looks.</summary>
    public int TrendingWindowDays { get; set; } = 7;
    /// <summary>Tags in the trending panel.</summary>
    public int TrendingTagsCount { get; set; } = 10;
    /// <summary>A tag page counts its visible posts up to this many, then says "N+" (<see cref="TagSummary.AtLeast"/>).</summary>
    public int TagCountCap { get; set; } = 1_000;
    /// <summary>How long a tag's count of posts anyone may read is kept (<see cref="PublicTagCounts"/>; 0: always count).</summary>
    public int TagCountCacheSeconds { get; set; } = 60;
    /// <summary>How long a viewer's trending tags are kept before they are counted again (<see cref="TrendingTagsCache"/>; 0: always count).</summary>
    public int TrendingCacheSeconds { get; set; } = 60;
    public int MaxPinnedPosts { get; set; } = 3;
    public int PollMinOptions { get; set; } = 2;
    public int PollMaxOptions { get; set; } = 6;
    public int PollOptionMaxLength { get; set; } = 100;
    /// <summary>The latest a poll may end, counted from its creation.</summary>
    public int PollMaxDurationDays { get; set; } = 30;
    public int MaxMediaPerPost { get; set; } = 4;
    /// <summary>"People you may know" suggestions.</summary>
    public int SuggestionsCount { get; set; } = 10;
    /// <summary>How often an open home feed checks for new posts of followed members.</summary>
    public int NewPostsCheckSeconds { get; set; } = 15;

    /// <summary>The values SQL reads from <c>platform_settings</c> (decision 004).</summary>
    public IReadOnlyDictionary<string, string> ToPlatformSettings() => new Dictionary<string, string>
    {
        [TrendingHalfLifeKey] = TrendingHalfLifeHours.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
