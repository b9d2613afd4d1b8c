using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Web.Components.Account;

namespace ProducersAvenue.Web.Authorization;

/// <summary>
/// Where a signed-in principal stands right now, read from the database rather than trusted from the cookie:
/// the member's role (<c>user_profiles.role</c>), or, when the session must end, why (<see cref="EndedBecause"/>).
/// </summary>
public sealed record MemberStanding(Guid UserId, UserRole Role, string? EndedBecause)
{
    public const string PasswordChanged = "Your password or sign-in settings changed. Sign in again to continue.";
    public const string AccountGone = "Your account no longer exists.";

    public bool IsActive => EndedBecause is null;
}

/// <summary>
/// Reads a principal's <see cref="MemberStanding"/> in one query (the Identity user and its profile): banned, deleted
/// or with a security stamp other than the cookie's (password changed, signed out everywhere) ends the session; the
/// role is the profile's. Used per request (<see cref="CurrentUserMiddleware"/>), per circuit action
/// (<see cref="CurrentUserCircuitHandler"/>) and by the circuit revalidation (decision 031).
/// </summary>
public sealed class MemberStandings(AppDbContextPool contexts, IOptions<IdentityOptions> identity)
{
    /// <summary>
    /// Null for a principal that is not signed in. Read as the principal's member with the least role, whoever the
    /// scope's <see cref="Domain.Common.CurrentUser"/> is at that moment, so Row Level Security always lets them read
    /// their own rows: a read through the scope's user, which a sign-out running meanwhile empties, found no row and
    /// ended a banned member's session as "no longer exists" instead of saying why.
    /// </summary>
    public async Task<MemberStanding?> ReadAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        if (CurrentUserPrincipal.UserIdOf(principal) is not { } userId) return null;

        // A left join on the profile's unique user_id: two key lookups. (A FirstOrDefault() sub-query in the projection
        // became a ROW_NUMBER() window over every profile — seconds per request at 100k members.)
        await using var db = contexts.Lease(CurrentUser.For(userId), DatabaseCaller.Request);
        var row = await (
                from u in db.Users.AsNoTracking()
                where u.Id == userId
                join p in db.UserProfiles.AsNoTracking() on u.Id equals p.UserId into profiles
                from p in profiles.DefaultIfEmpty()
                select new { u.SecurityStamp, Role = (UserRole?)p!.Role, IsBanned = (bool?)p.IsBanned, p.BanReason })
            .SingleOrDefaultAsync(cancellationToken);

        if (row is null) return new(userId, UserRole.Member, MemberStanding.AccountGone);
        var role = row.Role ?? UserRole.Member;
        if (row.IsBanned == true)
            return new(userId, role, PasswordSignIn.Suspended(AccountSuspensions.Describe(row.BanReason)));
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (stamp != row.SecurityStamp) return new(userId, role, MemberStanding.PasswordChanged);
        return new(userId, role, null);
    }

    /// <summary>The principal with its role claim replaced by <paramref name="role"/> (what the policies read).</summary>
    public ClaimsPrincipal WithRole(ClaimsPrincipal principal, UserRole role)
    {
        var roleType = identity.Value.ClaimsIdentity.RoleClaimType;
        var text = Policies.Role(role);
        if (principal.Identity is not ClaimsIdentity source || principal.FindAll(roleType).Select(c => c.Value).SequenceEqual([text]))
            return principal;
        var copy = source.Clone();
        foreach (var claim in copy.FindAll(roleType).ToList()) copy.RemoveClaim(claim);
        copy.AddClaim(new Claim(roleType, text));
        return new ClaimsPrincipal(copy);
    }
}
