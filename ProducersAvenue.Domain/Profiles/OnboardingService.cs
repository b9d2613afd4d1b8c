using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Profiles;

public enum OnboardingOutcome
{
    Finished,
    Skipped,
}

/// <summary>
/// The welcome steps of a new member (pick categories and genres, follow creators, write a first post). A member is
/// sent there until they finish or skip it, and only while they follow nobody and have not posted (members from before
/// onboarding existed are never sent). The outcome is one row in Identity's <c>auth.user_claims</c> (decision 062).
/// </summary>
public sealed class OnboardingService(IDbContextFactory<AppDbContext> contexts, UnitOfWork units, ICurrentUser user, IPublicPageCache pages)
{
    public const string ClaimType = "pa:onboarding";

    /// <summary>True when the signed-in member should see the welcome steps.</summary>
    public async Task<bool> IsPendingAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return false;
        await using var db = contexts.CreateDbContext();
        return !await db.UserClaims.AnyAsync(c => c.UserId == me && c.ClaimType == ClaimType, cancellationToken)
               && !await db.Followers.AnyAsync(f => f.FollowerId == me, cancellationToken)
               && !await db.Posts.AnyAsync(p => p.UserId == me, cancellationToken);
    }

    /// <summary>Records that the member finished or skipped the steps; the first outcome stays.</summary>
    public async Task<Result> CompleteAsync(OnboardingOutcome outcome, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            UnitOfWork.AfterCommit(pages.Evict); // signed-out visitors see it (decision 121)
            if (await db.UserClaims.AnyAsync(c => c.UserId == me && c.ClaimType == ClaimType, ct)) return Result.Success();
            db.UserClaims.Add(new IdentityUserClaim<Guid> { UserId = me, ClaimType = ClaimType, ClaimValue = outcome.ToString().ToLowerInvariant() });
            await db.SaveChangesAsync(ct);
            return Result.Success();
        }, cancellationToken);
    }
}
