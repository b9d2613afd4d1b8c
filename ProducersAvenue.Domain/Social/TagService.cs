using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Social;

/// <summary>
/// Trending hashtags and one tag's summary, counted from the posts the viewer may see (<see cref="PostQueries.VisiblePosts"/>),
/// never from the global <c>tags</c> counters, which include private, members-only, hidden and banned posts
/// (docs/decisions/042).
/// </summary>
public sealed class TagService(IDbContextFactory<AppDbContext> contexts, ICurrentUser viewer, TimeProvider clock, IOptions<SocialOptions> options,
    TrendingTagsCache cache, PublicTagCounts publicCounts)
{
    private readonly SocialOptions _options = options.Value;

    /// <summary>
    /// The tags of the visible posts of the last <see cref="SocialOptions.TrendingWindowDays"/>, ranked by their score:
    /// each post counts 1, halved for every <see cref="SocialOptions.TrendingHalfLifeHours"/> of its age. One query.
    /// </summary>
    /// <remarks>Kept per viewer for <see cref="SocialOptions.TrendingCacheSeconds"/> (<see cref="TrendingTagsCache"/>).</remarks>
    public Task<IReadOnlyList<TagView>> TrendingAsync(int? count = null, CancellationToken cancellationToken = default)
    {
        var viewerKey = viewer.IsAdmin ? "admin" : viewer.UserId?.ToString() ?? "anonymous";
        var take = count ?? _options.TrendingTagsCount;
        return cache.GetOrAddAsync(viewerKey, take, () => CountTrendingAsync(take, cancellationToken));
    }

    private async Task<IReadOnlyList<TagView>> CountTrendingAsync(int take, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var now = clock.GetUtcNow();
        var since = now.AddDays(-_options.TrendingWindowDays);
        var halfLife = _options.TrendingHalfLifeHours;
        var uses =
            from p in db.VisiblePosts().AsNoTracking().Where(p => p.CreatedAt >= since)
            from slug in p.Tags
            select new { Slug = slug, Weight = Math.Pow(0.5, (now - p.CreatedAt).TotalHours / halfLife) };
        var top = await uses
            .GroupBy(u => u.Slug)
            .Select(g => new { Slug = g.Key, Posts = g.Count(), Score = g.Sum(u => u.Weight) })
            .OrderByDescending(t => t.Score).ThenByDescending(t => t.Posts).ThenBy(t => t.Slug)
            .Take(take)
            .Select(t => new { t.Slug, t.Posts, t.Score, Name = db.Tags.Where(x => x.Slug == t.Slug).Select(x => x.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return top.Select(t => new TagView(t.Name ?? t.Slug, t.Slug, t.Posts, t.Score)).ToList();
    }

    /// <summary>
    /// The tag a search names — one hashtag, typed with or without its '#' — when posts anyone may read carry it (the
    /// cached public count, <see cref="PublicTagCounts"/>), so that search can link its page; null otherwise. Only public
    /// posts count: a tag used only where some may not read stays unnamed, as on the tag page.
    /// </summary>
    public async Task<string?> PublicTagNamedByAsync(string? query, CancellationToken cancellationToken = default)
    {
        if (Hashtags.SlugOf(TextInput.Clean(query)) is not { } tag) return null;
        await using var db = contexts.CreateDbContext();
        return await publicCounts.CountAsync(db, tag, 1, cancellationToken) > 0 ? tag : null;
    }

    /// <summary>A tag's display name and how many posts the viewer may see carry it; null when the viewer may see none.</summary>
    public async Task<TagSummary?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        slug = TextInput.Clean(slug) ?? "";
        if (Hashtags.Extract("#" + slug) is not [var tag] || tag != slug) return null;
        await using var db = contexts.CreateDbContext();
        var name = await db.Tags.AsNoTracking().Where(t => t.Slug == tag).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        // The visibility predicate is the feeds' own. Counted up to a cap: a popular tag's posts are tens of thousands, and
        // "1,000+" says as much as the exact number. Newest first, so that for a common tag the planner walks the date index
        // and stops at the cap (9 ms for a tag on 7 % of 1M posts) instead of reading every match (a table scan, 19 ms);
        // a rare tag still comes from the GIN index on posts.tags.
        var cap = Math.Max(1, _options.TagCountCap);
        // A popular tag (decision 134): more than cap posts anyone may read, and no block partner or muted member of the
        // caller whose posts could be among them, means more than cap for this caller too — without reading a thousand rows
        // per page view. The count leaves out what the page's list leaves out (muted members' posts), so that "Used in 1
        // post" never stands over "No posts with this tag".
        var posts = await publicCounts.CountAsync(db, tag, cap, cancellationToken) > cap && await SeesEveryPublicPostAsync(db, cancellationToken)
            ? cap + 1
            : await db.VisiblePostsTagged(tag).AsNoTracking().NotMuted(viewer)
                .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Take(cap + 1).CountAsync(cancellationToken);
        // No visible post: no tag page, or a tag used only in private posts would show its name to strangers.
        return posts == 0 ? null : new TagSummary(name ?? tag, tag, Math.Min(posts, cap), posts > cap);
    }

    /// <summary>Whether every post anyone may read shows in the caller's feeds: no block partner, nothing muted.</summary>
    private async Task<bool> SeesEveryPublicPostAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (viewer.UserId is not { } me) return true;
        if (!viewer.IsAdmin && (await Blocks.PartnersOfCallerAsync(db, cancellationToken)).Count > 0) return false;
        return !await db.Database.SqlQuery<bool>($"SELECT EXISTS (SELECT 1 FROM user_mutes WHERE muter_id = {me}) AS \"Value\"").SingleAsync(cancellationToken);
    }
}

/// <summary>A trending tag: <see cref="UsageCount"/> visible posts in the window, ranked by <see cref="Score"/> (decayed uses).</summary>
public sealed record TagView(string Name, string Slug, int UsageCount, double Score);

/// <summary>A tag page's heading: the first spelling and the number of posts with the tag that the viewer may see.</summary>
public sealed record TagSummary(string Name, string Slug, int PostCount, bool AtLeast = false)
{
    /// <summary>"1 post", "12 posts", or "1,000+ posts" when the count stopped at the cap.</summary>
    public string PostCountText => PostCount == 1 && !AtLeast ? "1 post" : $"{PostCount:N0}{(AtLeast ? "+" : "")} posts";
}
