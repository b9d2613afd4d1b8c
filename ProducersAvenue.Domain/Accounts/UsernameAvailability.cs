using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Accounts;

/// <summary>
/// Checks a wished-for username against the rules, against every taken name (profiles and sign-in names,
/// case-insensitively), against names other members left lately (decision 239) and against names it differs from only by
/// dots and underscores. Returns the normalized username to store. The sign-up form and the profile editor use it.
/// </summary>
public sealed class UsernameAvailability(IDbContextFactory<AppDbContext> contexts, IOptions<AccountOptions> options, TimeProvider clock)
{
    /// <param name="input">What the member typed.</param>
    /// <param name="exceptUserId">The member changing their own username (their current name does not count as taken).</param>
    public async Task<Result<string>> CheckAsync(string? input, Guid? exceptUserId = null, CancellationToken cancellationToken = default)
    {
        var username = UsernameRules.Normalize(input);
        if (UsernameRules.Check(username, options.Value.ReservedUsernames) is { } broken) return broken;

        await using var db = contexts.CreateDbContext();
        // Every profile and sign-in name counts, also those Row Level Security hides from the caller (decision 080).
        var taken = await db.Database.SqlQuery<bool>($"SELECT account_username_taken({username}, {exceptUserId}::uuid) AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (taken) return AccountsErrors.UsernameTaken;
        // A name another member left lately (renamed away, or closed the account) is held (decision 239).
        var since = clock.GetUtcNow().AddDays(-options.Value.RetiredUsernameDays);
        var retired = await db.Database.SqlQuery<bool>($"SELECT account_username_retired({username}, {exceptUserId}::uuid, {since}) AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (retired) return AccountsErrors.UsernameRecentlyLeft;
        // "nova.beats" beside "nova_beats": a new name must differ by more than dots and underscores.
        var lookalike = await db.Database.SqlQuery<bool>($"SELECT account_username_lookalike({username}, {exceptUserId}::uuid) AS \"Value\"")
            .SingleAsync(cancellationToken);
        return lookalike ? AccountsErrors.UsernameLookalike : username;
    }

    /// <summary>
    /// The name the member who left <paramref name="username"/> goes by now, while the old name is held for them (a rename,
    /// decision 239); null for a name nobody left lately, or one a closed account left.
    /// </summary>
    public async Task<string?> RenamedToAsync(string username, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var since = clock.GetUtcNow().AddDays(-options.Value.RetiredUsernameDays);
        return await db.Database.SqlQuery<string?>($"SELECT account_renamed_to({UsernameRules.Normalize(username)}, {since}) AS \"Value\"")
            .SingleAsync(cancellationToken);
    }
}
