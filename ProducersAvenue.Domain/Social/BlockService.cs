using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Social;

/// <summary>
/// Blocking (decision 205): no messages, follows, comments, mentions or profile content between the two members, whichever
/// of them blocked. Blocking ends the follows both ways (a database trigger, so the counters stay right); the rules hold in
/// the services and again in the database through <c>app_block_partners()</c>.
/// </summary>
public sealed class BlockService(IDbContextFactory<AppDbContext> contexts, UnitOfWork units, ICurrentUser user, TimeProvider clock, IPublicPageCache pages,
    IEnumerable<IBlockObserver> observers)
{
    /// <summary>Blocks <paramref name="otherId"/>; blocking twice changes nothing.</summary>
    public async Task<Result> BlockAsync(Guid otherId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        if (me == otherId) return SocialErrors.CannotBlockSelf;
        var blocked = await units.RunAsync<Result>(async (db, ct) =>
        {
            if (!await db.Database.SqlQuery<bool>($"SELECT member_exists({otherId}) AS \"Value\"").SingleAsync(ct)) return SocialErrors.MemberNotFound;
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO user_blocks (blocker_id, blocked_id, created_at) VALUES ({me}, {otherId}, {clock.GetUtcNow()})
                ON CONFLICT (blocker_id, blocked_id) DO NOTHING
                """, ct);
            UnitOfWork.AfterCommit(pages.Evict);
            return Result.Success();
        }, cancellationToken);
        if (blocked.Succeeded) await TellAsync(me, otherId, cancellationToken);
        return blocked;
    }

    /// <summary>Lifts the caller's block of <paramref name="otherId"/> (follows that ended stay ended).</summary>
    public async Task<Result> UnblockAsync(Guid otherId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        var lifted = await units.RunAsync<Result>(async (db, ct) =>
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM user_blocks WHERE blocker_id = {me} AND blocked_id = {otherId}", ct);
            UnitOfWork.AfterCommit(pages.Evict);
            return Result.Success();
        }, cancellationToken);
        if (lifted.Succeeded) await TellAsync(me, otherId, cancellationToken);
        return lifted;
    }

    /// <summary>What shows the two members to each other live follows the block (after the commit: it reads what was written).</summary>
    private async Task TellAsync(Guid blockerId, Guid blockedId, CancellationToken cancellationToken)
    {
        foreach (var observer in observers) await observer.BlockChangedAsync(blockerId, blockedId, cancellationToken);
    }

    /// <summary>Whether the caller blocked <paramref name="otherId"/> (not whether the other blocked the caller).</summary>
    public async Task<bool> IsBlockedAsync(Guid otherId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return false;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Blocks.BlockedByAsync(db, me, otherId, cancellationToken);
    }

    /// <summary>How many more members the settings list shows at each "Show more".</summary>
    public const int PageSize = 50;

    /// <summary>The newest <paramref name="shown"/> members the caller blocked and muted (the settings list), and whether
    /// there are more.</summary>
    public async Task<BlockedOrMutedPage> ListAsync(int shown = PageSize, CancellationToken cancellationToken = default)
    {
        if (user.UserId is null) return new BlockedOrMutedPage([], false);
        var take = Math.Max(shown, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT kind, user_id, username, display_name, avatar_url, created_at FROM my_blocks_and_mutes()
            ORDER BY created_at DESC, user_id, kind LIMIT {take + 1}
            """).ToListAsync(cancellationToken);
        var members = rows.Take(take)
            .Select(r => new BlockedOrMutedMember(new AuthorView(r.UserId, r.Username, Profiles.UserProfile.NameOf(r.Username, r.DisplayName), r.AvatarUrl),
                r.Kind == "block", r.CreatedAt))
            .ToList();
        return new BlockedOrMutedPage(members, rows.Count > take);
    }

    private sealed record Row(string Kind, Guid UserId, string Username, string? DisplayName, string? AvatarUrl, DateTimeOffset CreatedAt);
}

/// <summary>The newest of the members the caller blocked or muted, and whether more are older.</summary>
public sealed record BlockedOrMutedPage(IReadOnlyList<BlockedOrMutedMember> Members, bool HasMore);

/// <summary>A member the caller blocked (<see cref="IsBlock"/>) or muted.</summary>
public sealed record BlockedOrMutedMember(AuthorView Member, bool IsBlock, DateTimeOffset Since);
