using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Social;

/// <summary>One-way follows; two follows make the pair "Connected". Lists page by (created_at, id) of the follow.</summary>
public sealed class FollowService(IDbContextFactory<AppDbContext> contexts, ICurrentUser user, INotifier notifier, TimeProvider clock,
    IOptions<SocialOptions> options)
{
    private readonly SocialOptions _options = options.Value;

    /// <summary>Follows <paramref name="targetId"/>; following twice changes nothing and notifies once.</summary>
    public async Task<Result> FollowAsync(Guid targetId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        if (me == targetId) return SocialErrors.CannotFollowSelf;
        await using var db = contexts.CreateDbContext();
        var actor = await db.UserProfiles.Where(p => p.UserId == me).Select(p => p.Username).FirstOrDefaultAsync(cancellationToken);
        var targetExists = await db.UserProfiles.AnyAsync(p => p.UserId == targetId && !p.IsBanned, cancellationToken);
        if (actor is null || !targetExists) return SocialErrors.MemberNotFound;

        var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO followers (id, follower_id, following_id, created_at) VALUES ({Guid.CreateVersion7()}, {me}, {targetId}, {clock.GetUtcNow()})
            ON CONFLICT (follower_id, following_id) DO NOTHING
            """, cancellationToken);
        if (inserted == 1)
            await notifier.NotifyAsync(new NotificationRequest(targetId, NotificationType.Follow, $"@{actor} followed you",
                "You have a new follower.", $"/u/{actor}", me, me), cancellationToken);
        return Result.Success();
    }

    public async Task<Result> UnfollowAsync(Guid targetId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        await using var db = contexts.CreateDbContext();
        await db.Followers.Where(f => f.FollowerId == me && f.FollowingId == targetId).ExecuteDeleteAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>A member by username (case-insensitive), or null when unknown or banned (admins still see banned members).</summary>
    public async Task<AuthorView?> FindMemberAsync(string username, CancellationToken cancellationToken = default)
    {
        var name = username.Trim().ToLowerInvariant();
        await using var db = contexts.CreateDbContext();
        var admin = user.IsAdmin;
        return await db.UserProfiles.AsNoTracking().Where(p => p.Username == name && (admin || !p.IsBanned))
            .Select(p => new AuthorView(p.UserId, p.Username, p.DisplayName == null || p.DisplayName == "" ? p.Username : p.DisplayName, p.AvatarUrl))
            .FirstOrDefaultAsync(cancellationToken);
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
        return await db.Followers.CountAsync(f => (f.FollowerId == a && f.FollowingId == b) || (f.FollowerId == b && f.FollowingId == a), cancellationToken) == 2;
    }

    /// <summary>Who follows <paramref name="userId"/>, newest follow first.</summary>
    public Task<KeysetPage<FollowRow>> FollowersAsync(Guid userId, string? cursor = null, CancellationToken cancellationToken = default) =>
        ListAsync(userId, followers: true, cursor, cancellationToken);

    /// <summary>Whom <paramref name="userId"/> follows, newest follow first.</summary>
    public Task<KeysetPage<FollowRow>> FollowingAsync(Guid userId, string? cursor = null, CancellationToken cancellationToken = default) =>
        ListAsync(userId, followers: false, cursor, cancellationToken);

    private async Task<KeysetPage<FollowRow>> ListAsync(Guid userId, bool followers, string? cursor, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var me = user.UserId;
        var edges = followers
            ? db.Followers.AsNoTracking().Where(f => f.FollowingId == userId)
            : db.Followers.AsNoTracking().Where(f => f.FollowerId == userId);
        if (TimeCursor.Decode(cursor) is { } c)
            edges = edges.Where(f => EF.Functions.LessThan(ValueTuple.Create(f.CreatedAt, f.Id), ValueTuple.Create(c.CreatedAt, c.Id)));
        var others = followers
            ? edges.Select(f => new { f.Id, f.CreatedAt, Other = f.FollowerId })
            : edges.Select(f => new { f.Id, f.CreatedAt, Other = f.FollowingId });
        var rows = await (
                from f in others
                join p in db.UserProfiles on f.Other equals p.UserId
                where !p.IsBanned
                orderby f.CreatedAt descending, f.Id descending
                select new
                {
                    f.Id, f.CreatedAt, p.UserId, p.Username, p.DisplayName, p.AvatarUrl,
                    ViewerFollows = db.Followers.Any(x => x.FollowerId == me && x.FollowingId == p.UserId),
                    FollowsViewer = db.Followers.Any(x => x.FollowerId == p.UserId && x.FollowingId == me),
                })
            .Take(_options.ListPageSize + 1).ToListAsync(cancellationToken);
        var more = rows.Count > _options.ListPageSize;
        if (more) rows.RemoveAt(rows.Count - 1);
        return new KeysetPage<FollowRow>(
            rows.Select(r => new FollowRow(new AuthorView(r.UserId, r.Username, string.IsNullOrWhiteSpace(r.DisplayName) ? r.Username : r.DisplayName, r.AvatarUrl),
                r.UserId == me, r.ViewerFollows, r.ViewerFollows && r.FollowsViewer)).ToList(),
            more ? new TimeCursor(rows[^1].CreatedAt, rows[^1].Id).Encode() : null);
    }

    /// <summary>
    /// Up to <see cref="SocialOptions.SuggestionsCount"/> members who share categories, genres or skills with the viewer or
    /// are followed by people the viewer follows; never the viewer, people already followed, or banned members. One query.
    /// </summary>
    public async Task<IReadOnlyList<PersonSuggestion>> PeopleYouMayKnowAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return [];
        await using var db = contexts.CreateDbContext();
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
            )
            SELECT p.user_id, p.username, coalesce(nullif(btrim(p.display_name), ''), p.username) AS name,
                   p.avatar_url, sum(c.shared)::int AS shared_interests, sum(c.mutual)::int AS mutual_connections
            FROM candidates c JOIN user_profiles p ON p.user_id = c.user_id
            WHERE c.user_id <> @me AND c.user_id NOT IN (SELECT id FROM mine) AND NOT p.is_banned
            GROUP BY p.user_id, p.username, p.display_name, p.avatar_url
            ORDER BY sum(c.shared) + sum(c.mutual) DESC, p.username
            LIMIT @limit
            """, new NpgsqlParameter("me", me), new NpgsqlParameter("limit", _options.SuggestionsCount)).ToListAsync(cancellationToken);
    }
}

public sealed record FollowState(bool Following, bool FollowedBy, bool Connected);

/// <summary>A member in a followers/following list, with the viewer's relation to them.</summary>
public sealed record FollowRow(AuthorView Member, bool IsViewer, bool ViewerFollows, bool Connected);

public sealed record PersonSuggestion(Guid UserId, string Username, string Name, string? AvatarUrl, int SharedInterests, int MutualConnections);
