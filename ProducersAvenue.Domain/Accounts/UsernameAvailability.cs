using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Accounts;

/// <summary>
/// Checks a wished-for username against the rules and against every taken name (profiles and sign-in names,
/// case-insensitively). Returns the normalized username to store. The sign-up form and the profile editor use it.
/// </summary>
public sealed class UsernameAvailability(IDbContextFactory<AppDbContext> contexts, IOptions<AccountOptions> options)
{
    public static readonly Error Taken = Error.Validation(UsernameRules.Field, "That username is taken. Choose another one.");

    /// <param name="input">What the member typed.</param>
    /// <param name="exceptUserId">The member changing their own username (their current name does not count as taken).</param>
    public async Task<Result<string>> CheckAsync(string? input, Guid? exceptUserId = null, CancellationToken cancellationToken = default)
    {
        var username = UsernameRules.Normalize(input);
        if (UsernameRules.Check(username, options.Value.ReservedUsernames) is { } broken) return broken;

        await using var db = contexts.CreateDbContext();
        var normalized = username.ToUpperInvariant();
        var taken = await db.UserProfiles.AnyAsync(p => p.Username == username && p.UserId != exceptUserId, cancellationToken)
            || await db.Users.AnyAsync(u => u.NormalizedUserName == normalized && u.Id != exceptUserId, cancellationToken);
        return taken ? Taken : username;
    }
}
