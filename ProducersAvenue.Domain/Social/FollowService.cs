using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Domain.Social;

/// <summary>
/// One-way follows; two follows make the pair "Connected". Lists page by (created_at, id) of the follow. A follow or unfollow
/// that commits makes every <see cref="IConnectionViewCache"/> forget how the two see each other.
/// </summary>
public sealed class FollowService(IDbContextFactory<AppDbContext> contexts, UnitOfWork units, ICurrentUser user, INotifier notifier, TimeProvider clock,
    IOptions<SocialOptions> options, IEnumerable<IConnectionViewCache> views)
{
    private readonly SocialOptions _options = options.Value;

    /// <summary>Follows <paramref name="targetId"/>; following twice changes nothing and notifies once.</summary>
    public async Task<Result> FollowAsync(Guid targetId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        if (me == targetId) return SocialErrors.CannotFollowSelf;
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            var actor = await db.UserProfiles.Where(p => p.UserId == me).Select(p => p.Username).FirstOrDefaultAsync(ct);
            // A private member's profile is hidden from a would-be follower (Row Level Security), yet they may be followed.
            var targetExists = await db.Database.SqlQuery<bool>($"SELECT member_exists({targetId}) AS \"Value\"").SingleAsync(ct);
            if (actor is null || !targetExists) return SocialErrors.MemberNotFound;
            if (await Blocks.WithCallerAsync(db, targetId, ct)) return SocialErrors.FollowBlocked;

            var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO followers (id, follower_id, following_id, created_at) VALUES ({Guid.CreateVersion7()}, {me}, {targetId}, {clock.GetUtcNow()})
                ON CONFLICT (follower_id, following_id) DO NOTHING
                """, ct);
            if (inserted == 1)
            {
                UnitOfWork.AfterCommit(() => Forget(me, targetId));
                await notifier.NotifyAsync(new NotificationRequest(targetId, NotificationType.Follow, $"@{actor} followed you",
                    "You have a new follower.", $"/u/{actor}", me, me), ct);
            }
            return Result.Success();
        }, cancellationToken);
    }

    public async Task<Result> UnfollowAsync(Guid targetId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            if (await db.Followers.Where(f => f.FollowerId == me && f.FollowingId == targetId).ExecuteDeleteAsync(ct) > 0)
                UnitOfWork.AfterCommit(() => Forget(me, targetId));
            return Result.Success();
        }, cancellationToken);
    }

    private void Forget(Guid a, Guid b)
    {
        foreach (var cache in views) cache.Forget(a, b);
    }

    /// <summary>Whether the viewer follows <paramref name="otherId"/>, and whether the two are connected.</summary>
    public async Task<FollowState> StateAsync(Guid otherId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me || me == otherId) return new FollowState(false, false, false);
        await using var db = contexts.CreateDbContext();
        var rows = await db.Followers.AsNoTracking()
            .Where(f => (f.FollowerId == me && f.FollowingId == otherId) || (f.FollowerId == otherId && f.FollowingId == me))
            .Select(f => f.FollowerId).ToListAsync(cancellationToken);
        var following = rows.Contains(me);
        var followedBy = rows.Contains(otherId);
        return new FollowState(following, followedBy, following && followedBy);
    }

    /// <summary>Both follow each other.</summary>
    public async Task<bool> IsConnectedAsync(Guid a, Guid b, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        return await Connections.AreConnectedAsync(db, a, b, cancellationToken);
    }

    /// <summary>Who follows the member <paramref name="username"/>, newest follow first, when the viewer may see their profile.</summary>
    public Task<FollowListPage> FollowersAsync(string username, string? cursor = null, CancellationToken cancellationToken = default) =>
        ListAsync(username, followers: true, cursor, cancellationToken);

    /// <summary>Whom the member <paramref name="username"/> follows, newest follow first, when the viewer may see their profile.</summary>
    public Task<FollowListPage> FollowingAsync(string username, string? cursor = null, CancellationToken cancellationToken = default) =>
        ListAsync(username, followers: false, cursor, cancellationToken);

    /// <summary>
    /// A member's followers or following, under the member's profile visibility (<see cref="ProfileService.Decide"/>): a
    /// private or members-only profile the viewer may not open yields its access state and nothing else — no name, no list.
    /// Members in the list the viewer may not see themselves (private, banned) are left out.
    /// </summary>
    private async Task<FollowListPage> ListAsync(string username, bool followers, string? cursor, CancellationToken cancellationToken)
    {
        var name = UsernameRules.Normalize(TextInput.Clean(username));
        await using var db = contexts.CreateDbContext();
        var me = user.UserId;
        var owner = await db.UserProfiles.AsNoTracking().Where(p => p.Username == name)
            .Select(p => new { p.UserId, p.Username, p.DisplayName, p.AvatarUrl, p.ProfileVisibility, p.IsBanned })
            .FirstOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            // Row Level Security hides the profile: the same gate as the profile page says whether it is private.
            var hidden = await ProfileService.HiddenProfileAsync(db, name, user.IsAuthenticated, cancellationToken);
            return FollowListPage.Denied(hidden.Access, hidden.Username ?? name);
        }
        var isOwner = owner.UserId == me;
        if (owner.IsBanned && !isOwner && !user.IsAdmin) return FollowListPage.Denied(ProfileAccess.NotFound, name);
        var connected = me is { } viewerId && !isOwner && owner.ProfileVisibility == ProfileVisibility.Private &&
                        await Connections.AreConnectedAsync(db, viewerId, owner.UserId, cancellationToken);
        var access = ProfileService.Decide(owner.ProfileVisibility, isOwner, user.IsAdmin, user.IsAuthenticated, connected);
        if (access != ProfileAccess.Found) return FollowListPage.Denied(access, owner.Username);

        var userId = owner.UserId;
        var edges = followers
            ? db.Followers.AsNoTracking().Where(f => f.FollowingId == userId)
            : db.Followers.AsNoTracking().Where(f => f.FollowerId == userId);
        if (TimeCursor.Decode(cursor) is { } c)
            edges = edges.Where(f => EF.Functions.LessThan(ValueTuple.Create(f.CreatedAt, f.Id), ValueTuple.Create(c.CreatedAt, c.Id)));
        var others = followers
            ? edges.Select(f => new { f.Id, f.CreatedAt, Other = f.FollowerId })
            : edges.Select(f => new { f.Id, f.CreatedAt, Other = f.FollowingId });
        var (rows, next) = isOwner
            ? await OwnListAsync(db, others.Select(f => new ListEdge { Id = f.Id, CreatedAt = f.CreatedAt, Other = f.Other }), cancellationToken)
            : Paged(await (
                    from f in others
                    join p in db.UserProfiles.VisibleTo(db, user) on f.Other equals p.UserId
                    orderby f.CreatedAt descending, f.Id descending
                    select new ListRow(f.Id, f.CreatedAt, new AuthorView(p.UserId, p.Username, p.DisplayName ?? p.Username, p.AvatarUrl),
                        db.Followers.Any(x => x.FollowerId == me && x.FollowingId == p.UserId), AppDbContext.AreConnected(me, p.UserId)))
                .Take(_options.ListPageSize + 1).ToListAsync(cancellationToken), r => new TimeCursor(r.CreatedAt, r.Id));
        return new FollowListPage(ProfileAccess.Found, owner.Username,
            new AuthorView(owner.UserId, owner.Username, UserProfile.NameOf(owner.Username, owner.DisplayName), owner.AvatarUrl),
            rows.Select(r => new FollowRow(r.Member with { Name = UserProfile.NameOf(r.Member.Username, r.Member.Name) }, r.Member.UserId == me,
                r.ViewerFollows, r.Connected)).ToList(),
            next?.Encode());
    }

    /// <summary>A page read one item long: the items, and the cursor after the last when there is more.</summary>
    private (List<T> Items, TimeCursor? Next) Paged<T>(List<T> read, Func<T, TimeCursor> cursor)
    {
        if (read.Count <= _options.ListPageSize) return (read, null);
        read.RemoveAt(read.Count - 1);
        return (read, cursor(read[^1]));
    }

    /// <summary>
    /// The caller's own list: everyone in it, a private member the caller may not open too — by the username their page
    /// shows anyone (<c>my_follow_names</c>), so the list agrees with the count and each follow can be ended from it. A
    /// banned member or a block partner is left out.
    /// </summary>
    private async Task<(List<ListRow> Rows, TimeCursor? Next)> OwnListAsync(AppDbContext db, IQueryable<ListEdge> edges, CancellationToken cancellationToken)
    {
        var me = user.UserId;
        // Paged by the follows themselves: a member left out below does not end the list early.
        var (page, next) = Paged(await edges.OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id).Take(_options.ListPageSize + 1)
            .Select(f => new OwnEdge(f.Id, f.CreatedAt, f.Other,
                db.Followers.Any(x => x.FollowerId == me && x.FollowingId == f.Other), AppDbContext.AreConnected(me, f.Other)))
            .ToListAsync(cancellationToken), f => new TimeCursor(f.CreatedAt, f.Id));
        var ids = page.Select(f => f.Other).ToArray();
        var shown = await db.UserProfiles.VisibleTo(db, user).Where(p => ids.Contains(p.UserId))
            .Select(p => new AuthorView(p.UserId, p.Username, p.DisplayName ?? p.Username, p.AvatarUrl))
            .ToDictionaryAsync(p => p.UserId, cancellationToken);
        var named = ids.Length == shown.Count ? [] : await db.Database
            .SqlQuery<FollowName>($"SELECT user_id, username FROM my_follow_names({ids.Except(shown.Keys).ToArray()})")
            .ToDictionaryAsync(n => n.UserId, n => new AuthorView(n.UserId, n.Username, n.Username, null), cancellationToken);
        return ([.. page.Select(f => (Edge: f, Member: shown.GetValueOrDefault(f.Other) ?? named.GetValueOrDefault(f.Other)))
            .Where(r => r.Member is not null)
            .Select(r => new ListRow(r.Edge.Id, r.Edge.CreatedAt, r.Member!, r.Edge.ViewerFollows, r.Edge.Connected))], next);
    }

    /// <summary>A follow in a list (made by member initialisation: EF orders and pages by its properties).</summary>
    private sealed class ListEdge
    {
        public Guid Id { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public Guid Other { get; init; }
    }

    private sealed record OwnEdge(Guid Id, DateTimeOffset CreatedAt, Guid Other, bool ViewerFollows, bool Connected);

    private sealed record ListRow(Guid Id, DateTimeOffset CreatedAt, AuthorView Member, bool ViewerFollows, bool Connected);

    private sealed record FollowName(Guid UserId, string Username);

    /// <summary>
    /// Up to <see cref="SocialOptions.SuggestionsCount"/> members who share categories, genres or skills with the viewer or
    /// are followed by people the viewer follows, then — to fill the list, or all of it for a new member who picked
    /// nothing — the most followed members; never an admin (the site's staff), the viewer, people already followed, or members whose
    /// profile the viewer may not see (<see cref="MemberQueries.VisibleTo"/>: banned, private), nor a block partner (whose
    /// Follow button could only fail). One query.
    /// </summary>
    public async Task<IReadOnlyList<PersonSuggestion>> PeopleYouMayKnowAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return [];
        await using var db = contexts.CreateDbContext();
        var visible = db.UserProfiles.VisibleTo(db, user).Select(p => p.UserId);
        return await db.Database.SqlQueryRaw<PersonSuggestion>("""
            WITH mine AS (SELECT following_id AS id FROM followers WHERE follower_id = @me),
            candidates AS (
              SELECT uc.user_id, 1 AS shared, 0 AS mutual FROM user_categories uc
                WHERE uc.category_id IN (SELECT category_id FROM user_categories WHERE user_id = @me)
              UNION ALL
              SELECT ug.user_id, 1, 0 FROM user_genres ug WHERE ug.genre_id IN (SELECT genre_id FROM user_genres WHERE user_id = @me)
              UNION ALL
              SELECT us.user_id, 1, 0 FROM user_skills us WHERE us.skill_id IN (SELECT skill_id FROM user_skills WHERE user_id = @me)
              UNION ALL
              SELECT f.following_id, 0, 1 FROM followers f WHERE f.follower_id IN (SELECT id FROM mine)
            ),
            personal AS (SELECT * FROM candidates c WHERE c.user_id <> @me AND c.user_id NOT IN (SELECT id FROM mine)),
            -- After them (or, with nothing to go on, instead of them) the most followed members, so a new member who picked
            -- one rare genre still gets a list to follow; not the site's staff (admins), who are no one's peers here.
            popular AS (
              SELECT p.user_id, 0 AS shared, 0 AS mutual FROM user_profiles p
              WHERE p.user_id <> @me AND p.user_id NOT IN (SELECT id FROM mine) AND p.role NOT IN ('admin', 'super_admin')
              ORDER BY p.followers_count DESC LIMIT 50
            )
            SELECT p.user_id, p.username, p.display_name, p.avatar_url, p.followers_count AS followers,
                   sum(c.shared)::int AS shared_interests, sum(c.mutual)::int AS mutual_connections
            FROM (SELECT * FROM personal UNION ALL SELECT * FROM popular) c JOIN user_profiles p ON p.user_id = c.user_id
            WHERE p.role NOT IN ('admin', 'super_admin')
            GROUP BY p.user_id, p.username, p.display_name, p.avatar_url, p.followers_count
            """, new NpgsqlParameter("me", me))
            .Where(s => visible.Contains(s.UserId) && !AppDbContext.BlockedWith(s.UserId))
            .OrderByDescending(s => s.SharedInterests + s.MutualConnections).ThenByDescending(s => s.Followers).ThenBy(s => s.Username)
            .Take(_options.SuggestionsCount)
            .ToListAsync(cancellationToken);
    }
}

public sealed record FollowState(bool Following, bool FollowedBy, bool Connected);

/// <summary>A member in a followers/following list, with the viewer's relation to them.</summary>
public sealed record FollowRow(AuthorView Member, bool IsViewer, bool ViewerFollows, bool Connected);

/// <summary>
/// A member's followers or following as the viewer may see them. When <see cref="Access"/> is not Found (private,
/// members-only for a signed-out visitor, unknown) only the username typed is known and the list is empty.
/// </summary>
public sealed record FollowListPage(ProfileAccess Access, string Username, AuthorView? Member, IReadOnlyList<FollowRow> Items, string? NextCursor)
{
    public static FollowListPage Denied(ProfileAccess access, string username) => new(access, username, null, [], null);
}

/// <summary>A suggested member; with no shared interests and no mutual follows, one of the most followed.</summary>
public sealed record PersonSuggestion(Guid UserId, string Username, string? DisplayName, string? AvatarUrl, int Followers, int SharedInterests,
    int MutualConnections)
{
    public string Name => UserProfile.NameOf(Username, DisplayName);
}
