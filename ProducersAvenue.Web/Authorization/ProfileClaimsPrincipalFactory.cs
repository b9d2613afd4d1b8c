using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Web.Authorization;

/// <summary>Adds the member's role (from <c>user_profiles.role</c>) and username to the sign-in cookie's claims.</summary>
public sealed class ProfileClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    IOptions<IdentityOptions> options,
    IDbContextFactory<AppDbContext> contexts)
    : UserClaimsPrincipalFactory<ApplicationUser>(userManager, options)
{
    public const string UsernameClaim = "pa:username";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        await using var db = contexts.CreateDbContext();
        // The member is being signed in: the caller is still anonymous, and Row Level Security hides private profiles
        // from anonymous callers, so role and username come through account_profile_claims (decision 080).
        var profile = await db.Database
            .SqlQuery<ProfileClaims>($"SELECT role, username FROM account_profile_claims({user.Id}) WHERE username IS NOT NULL")
            .SingleOrDefaultAsync();
        if (profile is not null)
        {
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, profile.Role));
            identity.AddClaim(new Claim(UsernameClaim, profile.Username));
        }
        return identity;
    }
}

internal sealed record ProfileClaims(string Role, string Username);
