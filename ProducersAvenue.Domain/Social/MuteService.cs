using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Social;

/// <summary>
/// Muting (decision 205): the muted member's posts and comments leave the muter's feeds silently (the muted member is never
/// told, and nothing else changes). Feeds ask <see cref="AppDbContext.Muted"/>.
/// </summary>
public sealed class MuteService(IDbContextFactory<AppDbContext> contexts, UnitOfWork units, ICurrentUser user, TimeProvider clock)
{
    /// <summary>Mutes <paramref name="otherId"/>; muting twice changes nothing.</summary>
    public async Task<Result> MuteAsync(Guid otherId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        if (me == otherId) return SocialErrors.CannotMuteSelf;
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            if (!await db.Database.SqlQuery<bool>($"SELECT member_exists({otherId}) AS \"Value\"").SingleAsync(ct)) return SocialErrors.MemberNotFound;
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO user_mutes (muter_id, muted_id, created_at) VALUES ({me}, {otherId}, {clock.GetUtcNow()})
                ON CONFLICT (muter_id, muted_id) DO NOTHING
                """, ct);
            return Result.Success();
        }, cancellationToken);
    }

    public async Task<Result> UnmuteAsync(Guid otherId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM user_mutes WHERE muter_id = {me} AND muted_id = {otherId}", ct);
            return Result.Success();
        }, cancellationToken);
    }

    public async Task<bool> IsMutedAsync(Guid otherId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return false;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.SqlQuery<bool>(
            $"SELECT EXISTS (SELECT 1 FROM user_mutes WHERE muter_id = {me} AND muted_id = {otherId}) AS \"Value\"").SingleAsync(cancellationToken);
    }
}
