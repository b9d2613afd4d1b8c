using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Accounts;

/// <summary>Whether a member is banned (<c>user_profiles.is_banned</c>) and why: banned members cannot sign in.</summary>
public sealed class AccountSuspensions(IDbContextFactory<AppDbContext> contexts)
{
    public const string NoReasonGiven = "no reason was given";

    /// <summary>The ban reason when <paramref name="userId"/> is banned, otherwise null.</summary>
    public async Task<string?> ReasonAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var ban = await db.UserProfiles.AsNoTracking()
            .Where(p => p.UserId == userId && p.IsBanned)
            .Select(p => new { p.BanReason })
            .SingleOrDefaultAsync(cancellationToken);
        return ban is null ? null : string.IsNullOrWhiteSpace(ban.BanReason) ? NoReasonGiven : ban.BanReason.Trim();
    }
}
