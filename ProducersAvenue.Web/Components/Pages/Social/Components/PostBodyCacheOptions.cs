namespace ProducersAvenue.Web.Components.Pages.Social.Components;

/// <summary>Configuration section <c>PostBodyCache</c>.</summary>
public sealed class PostBodyCacheOptions
{
    public const string Section = "PostBodyCache";
    /// <summary>Total characters of HTML kept; the least recently used versions leave first.</summary>
    public long SizeLimitChars { get; set; } = 32_000_000;
    /// <summary>A version nobody asked for this long leaves the cache (old versions of edited posts, quiet posts).</summary>
    public TimeSpan SlidingExpiration { get; set; } = TimeSpan.FromMinutes(30);
}
