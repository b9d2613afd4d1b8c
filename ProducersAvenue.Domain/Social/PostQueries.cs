using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content.Rendering;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Domain.Social;

/// <summary>
/// The building blocks every post read shares: visibility (<see cref="VisiblePosts"/>), the one-query projection with
/// author, viewer's like, vote and connection, and the in-memory step to <see cref="PostView"/> (the body's Markdown is
/// rendered, and cached by post and version, where the card is drawn).
/// </summary>
internal static class PostQueries
{
    private static JsonSerializerOptions Json => PostJson.Options;

    /// <summary>
    /// The posts the caller may read: every member-facing read of posts starts here (decision 132). The view
    /// <c>visible_posts</c> is the posts policy's own rule — admins (by <c>user_profiles.role</c>) see everything; others
    /// never see banned authors or block partners, see hidden posts only when they wrote them, and see an author's posts as
    /// the author's profile visibility allows (public: everyone; members only: signed-in members; private: the author and
    /// mutual connections), read from <c>posts.author_visibility</c> (decision 129). Through the view the rule is applied
    /// once, as ordinary conditions: the planner may serve a full-text (<c>@@</c>) or tag (<c>@&gt;</c>) filter from its GIN
    /// index (decision 125), and a statement does not pay for the rule twice, once written by the service and once as the
    /// table's policy.
    /// </summary>
    public static IQueryable<Post> VisiblePosts(this AppDbContext db) => db.Posts.FromSqlRaw("SELECT * FROM visible_posts");

    /// <summary>The posts the caller may read that carry <paramref name="tag"/> (a slug): <c>@&gt;</c> on the GIN index of <c>tags</c>.</summary>
    public static IQueryable<Post> VisiblePostsTagged(this AppDbContext db, string tag) =>
        db.Posts.FromSqlInterpolated($"SELECT * FROM visible_posts WHERE tags @> ARRAY[{tag}]::text[]");

    /// <summary>
    /// Leaves out the posts of members the viewer muted (the feeds: home, explore, tags; a member's profile and a post's own
    /// page still show them). Block partners' posts are gone already: <c>visible_posts</c> leaves them out (decision 205).
    /// </summary>
    public static IQueryable<Post> NotMuted(this IQueryable<Post> posts, ICurrentUser viewer) =>
        viewer.UserId is null ? posts : posts.Where(p => !AppDbContext.Muted(p.UserId));

    /// <summary>Posts strictly after <paramref name="cursor"/> in (created_at DESC, id DESC) order.</summary>
    public static IQueryable<Post> After(this IQueryable<Post> posts, TimeCursor? cursor) =>
        cursor is { } c
            ? posts.Where(p => EF.Functions.LessThan(ValueTuple.Create(p.CreatedAt, p.Id), ValueTuple.Create(c.CreatedAt, c.Id)))
            : posts;

    public static IQueryable<PostRow> Rows(this IQueryable<Post> posts, AppDbContext db, Guid? viewerId) =>
        from p in posts
        join a in db.MemberCards on p.UserId equals a.UserId
        select new PostRow
        {
            Id = p.Id, UserId = p.UserId, Username = a.Username, DisplayName = a.DisplayName, AvatarUrl = a.AvatarUrl,
            Content = p.Content, MediaUrls = p.MediaUrls, LinkUrl = p.LinkUrl, LinkPreview = p.LinkPreview, PostType = p.PostType,
            PollOptions = p.PollOptions, PollEndsAt = p.PollEndsAt, LikesCount = p.LikesCount, CommentsCount = p.CommentsCount,
            IsPinned = p.IsPinned, IsHidden = p.IsHidden, HiddenReason = p.HiddenReason, CreatedAt = p.CreatedAt, UpdatedAt = p.UpdatedAt, EditedAt = p.EditedAt,
            // The viewer's like and vote are "first row or nothing" lookups (LIMIT 1): PostgreSQL then probes the unique
            // indexes once per post on the page instead of hashing all of the viewer's likes; app_is_connected is two such
            // probes (PL/pgSQL: their plans are kept, decision 132). The author's name comes from member_cards (decision 133).
            Liked = db.PostLikes.Where(l => l.PostId == p.Id && l.UserId == viewerId).Select(l => 1).FirstOrDefault() == 1,
            MyVote = db.PollVotes.Where(v => v.PostId == p.Id && v.UserId == viewerId).Select(v => (int?)v.OptionIndex).FirstOrDefault(),
            Connected = AppDbContext.AreConnected(viewerId, p.UserId),
        };

    public static IQueryable<PostRow> Newest(this IQueryable<PostRow> rows) => rows.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id);

    public static async Task<KeysetPage<PostView>> PageAsync(this IQueryable<PostRow> orderedRows, int pageSize, ICurrentUser viewer,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await orderedRows.Take(pageSize + 1).ToListAsync(cancellationToken);
        var more = rows.Count > pageSize;
        if (more) rows.RemoveAt(rows.Count - 1);
        var next = more ? new TimeCursor(rows[^1].CreatedAt, rows[^1].Id).Encode() : null;
        return new KeysetPage<PostView>(rows.Select(r => r.ToView(viewer, now)).ToList(), next);
    }

    public static PostView ToView(this PostRow r, ICurrentUser viewer, DateTimeOffset now, string? headlineHtml = null)
    {
        var own = viewer.UserId == r.UserId;
        return new PostView
        {
            Id = r.Id,
            Author = new AuthorView(r.UserId, r.Username, UserProfile.NameOf(r.Username, r.DisplayName), r.AvatarUrl),
            AuthorIsConnected = !own && r.Connected,
            Content = r.Content,
            Type = r.PostType,
            MediaUrls = r.MediaUrls ?? [],
            LinkUrl = r.LinkUrl,
            LinkPreview = ParseLinkPreview(r.LinkPreview),
            Poll = ParsePoll(r.PollOptions, r.PollEndsAt, r.MyVote, now),
            LikesCount = r.LikesCount,
            CommentsCount = r.CommentsCount,
            LikedByViewer = r.Liked,
            IsPinned = r.IsPinned,
            IsHidden = r.IsHidden,
            HiddenReason = own || viewer.IsAdmin ? r.HiddenReason : null,
            CreatedAt = r.CreatedAt,
            UpdatedAt = r.UpdatedAt,
            EditedAt = r.EditedAt,
            CanEdit = own,
            CanDelete = own || viewer.IsAdmin,
            CanPin = own,
            CanReport = viewer.UserId is not null && !own && !viewer.IsAdmin,
            HeadlineHtml = headlineHtml,
        };
    }

    public static IReadOnlyList<PollOptionJson> ReadPoll(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<PollOptionJson>>(json, Json) ?? [];

    private static LinkPreviewView? ParseLinkPreview(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<LinkPreviewView>(json, Json);

    private static PollView? ParsePoll(string? json, DateTimeOffset? endsAt, int? myVote, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(json)) return null;
        var options = ReadPoll(json);
        var open = endsAt is null || endsAt > now;
        var visible = myVote is not null || !open;
        var total = options.Sum(o => o.Votes);
        return new PollView(
            options.Select((o, i) => new PollOptionView(i, o.Option, visible ? o.Votes : null)).ToList(),
            endsAt, open, myVote, visible, visible ? total : 0);
    }
}

/// <summary>A post row joined with its author and the viewer's relation to it; one SQL row per post.</summary>
internal sealed class PostRow
{
    public Guid Id { get; init; }
    public Guid UserId { get; init; }
    public string Username { get; init; } = "";
    public string? DisplayName { get; init; }
    public string? AvatarUrl { get; init; }
    public string? Content { get; init; }
    public string[]? MediaUrls { get; init; }
    public string? LinkUrl { get; init; }
    public string? LinkPreview { get; init; }
    public PostType PostType { get; init; }
    public string? PollOptions { get; init; }
    public DateTimeOffset? PollEndsAt { get; init; }
    public int LikesCount { get; init; }
    public int CommentsCount { get; init; }
    public bool IsPinned { get; init; }
    public bool IsHidden { get; init; }
    public string? HiddenReason { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? EditedAt { get; init; }
    public bool Liked { get; init; }
    public int? MyVote { get; init; }
    public bool Connected { get; init; }
}

/// <summary>One element of <c>posts.poll_options</c>.</summary>
internal sealed record PollOptionJson(string Option, int Votes);
