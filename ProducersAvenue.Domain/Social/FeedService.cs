using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Social;

/// <summary>
/// Feeds: home (followed members + own), explore (newest or trending), a member's posts (pinned first) and a tag.
/// Every page is one SQL query (author, viewer's like, vote and connection joined in) paged by (created_at, id), plus one
/// for the waveforms when the page has audio posts (<see cref="PostWaveforms"/>).
/// </summary>
public sealed class FeedService(IDbContextFactory<AppDbContext> contexts, ICurrentUser viewer,
    TimeProvider clock, IOptions<SocialOptions> options, PostWaveforms waveforms)
{
    private readonly SocialOptions _options = options.Value;

    /// <summary>Posts of the members the viewer follows and the viewer's own, newest first.</summary>
    public async Task<KeysetPage<PostView>> HomeAsync(string? cursor = null, CancellationToken cancellationToken = default)
    {
        if (viewer.UserId is not { } me) return KeysetPage<PostView>.Empty;
        await using var db = contexts.CreateDbContext();
        var posts = db.VisiblePosts().AsNoTracking()
            .Where(p => p.UserId == me || db.Followers.Where(f => f.FollowerId == me).Select(f => f.FollowingId).Contains(p.UserId))
            .NotMuted(viewer)
            .After(TimeCursor.Decode(cursor));
        return await waveforms.AttachAsync(
            await posts.Rows(db, me).Newest().PageAsync(_options.FeedPageSize, viewer, clock.GetUtcNow(), cancellationToken), cancellationToken);
    }

    /// <summary>How many posts by followed members are newer than <paramref name="since"/> (the "N new posts" banner).</summary>
    public async Task<int> CountNewHomePostsAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        if (viewer.UserId is not { } me) return 0;
        await using var db = contexts.CreateDbContext();
        return await db.VisiblePosts().AsNoTracking()
            .Where(p => p.CreatedAt > since && db.Followers.Where(f => f.FollowerId == me).Select(f => f.FollowingId).Contains(p.UserId))
            .NotMuted(viewer)
            .CountAsync(cancellationToken);
    }

    /// <summary>Every visible post: newest first, or trending (engagement over age, last days only).</summary>
    public async Task<KeysetPage<PostView>> ExploreAsync(ExploreSort sort = ExploreSort.Newest, string? cursor = null, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var now = clock.GetUtcNow();
        var posts = db.VisiblePosts().AsNoTracking().NotMuted(viewer);
        if (sort == ExploreSort.Newest)
            return await waveforms.AttachAsync(await posts.After(TimeCursor.Decode(cursor)).Rows(db, viewer.UserId).Newest()
                .PageAsync(_options.FeedPageSize, viewer, now, cancellationToken), cancellationToken);

        // A score that changes with time has no stable keyset: trending pages by offset.
        var offset = cursor is not null && int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : 0;
        var since = now.AddDays(-_options.TrendingWindowDays);
        // Engagement (likes × 2 + comments × 3) halved every TrendingHalfLifeHours of age: the decay trending tags use too
        // (docs/decisions/042). Posts without engagement score 0 and follow, newest first.
        var halfLife = _options.TrendingHalfLifeHours;
        var rows = await posts.Where(p => p.CreatedAt >= since).Rows(db, viewer.UserId)
            .OrderByDescending(r => (r.LikesCount * 2 + r.CommentsCount * 3) * Math.Pow(0.5, (now - r.CreatedAt).TotalHours / halfLife))
            .ThenByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Skip(offset).Take(_options.FeedPageSize + 1)
            .ToListAsync(cancellationToken);
        var more = rows.Count > _options.FeedPageSize;
        if (more) rows.RemoveAt(rows.Count - 1);
        return await waveforms.AttachAsync(new KeysetPage<PostView>(rows.Select(r => r.ToView(viewer, now)).ToList(),
            more ? (offset + rows.Count).ToString(CultureInfo.InvariantCulture) : null), cancellationToken);
    }

    /// <summary>A member's posts: pinned ones first (on the first page), then the rest newest first.</summary>
    public async Task<KeysetPage<PostView>> ProfileAsync(Guid authorId, string? cursor = null, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var after = TimeCursor.Decode(cursor);
        var posts = db.VisiblePosts().AsNoTracking().Where(p => p.UserId == authorId);
        posts = after is null ? posts : posts.Where(p => !p.IsPinned).After(after);
        var rows = await posts.Rows(db, viewer.UserId)
            .OrderByDescending(r => r.IsPinned).ThenByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Take(_options.FeedPageSize + 1).ToListAsync(cancellationToken);
        var more = rows.Count > _options.FeedPageSize;
        if (more) rows.RemoveAt(rows.Count - 1);
        string? next = null;
        if (more)
        {
            // A first page made only of pinned posts continues at the newest unpinned post.
            var last = rows[^1];
            next = (last.IsPinned ? new TimeCursor(DateTimeOffset.MaxValue.AddYears(-1), Guid.Empty) : new TimeCursor(last.CreatedAt, last.Id)).Encode();
        }
        var now = clock.GetUtcNow();
        return await waveforms.AttachAsync(new KeysetPage<PostView>(rows.Select(r => r.ToView(viewer, now)).ToList(), next), cancellationToken);
    }

    /// <summary>Posts that carry the hashtag of <paramref name="slug"/>, newest first.</summary>
    public async Task<KeysetPage<PostView>> TagAsync(string slug, string? cursor = null, CancellationToken cancellationToken = default)
    {
        slug = TextInput.Clean(slug) ?? "";
        if (Hashtags.Extract("#" + slug) is not [var tag] || tag != slug) return KeysetPage<PostView>.Empty;
        await using var db = contexts.CreateDbContext();
        // posts.tags is the stored slug array with a GIN index; "@>" (array contains) is the operator that index serves.
        var posts = db.VisiblePostsTagged(tag).AsNoTracking()
            .NotMuted(viewer)
            .After(TimeCursor.Decode(cursor));
        return await waveforms.AttachAsync(
            await posts.Rows(db, viewer.UserId).Newest().PageAsync(_options.FeedPageSize, viewer, clock.GetUtcNow(), cancellationToken), cancellationToken);
    }

    /// <summary>One post, or null when it does not exist or the viewer may not see it.</summary>
    public async Task<PostView?> GetAsync(Guid postId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.VisiblePosts().AsNoTracking().Where(p => p.Id == postId).Rows(db, viewer.UserId)
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null) return null;
        // The post's own page says how many comments its thread shows this viewer, not the stored count, which also holds
        // hidden comments, banned members' and those a mute or a block takes out of the thread (feeds keep the stored count).
        var shown = await db.VisibleComments().AsNoTracking().ShownTo(viewer.UserId).CountAsync(c => c.PostId == postId, cancellationToken);
        return (await waveforms.AttachAsync([row.ToView(viewer, clock.GetUtcNow()) with { CommentsCount = shown }], cancellationToken))[0];
    }
}
