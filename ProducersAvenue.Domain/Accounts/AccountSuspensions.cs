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
        // The caller is anonymous while signing in, and Row Level Security hides profiles from anonymous callers:
        // account_ban_reason reads the ban with the owner's rights (decision 080).
        var reason = await db.Database.SqlQuery<string?>($"SELECT account_ban_reason({userId}) AS \"Value\"").SingleAsync(cancellationToken);
        return reason is null ? null : Describe(reason);
    }

    /// <summary>The reason as members are told it (<see cref="NoReasonGiven"/> when the admin left it empty).</summary>
    public static string Describe(string? banReason) => string.IsNullOrWhiteSpace(banReason) ? NoReasonGiven : banReason.Trim();
}
