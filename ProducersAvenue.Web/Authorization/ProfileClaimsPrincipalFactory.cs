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
        var profile = await db.UserProfiles.AsNoTracking()
            .Where(p => p.UserId == user.Id)
            .Select(p => new { p.Role, p.Username })
            .SingleOrDefaultAsync();
        if (profile is not null)
        {
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, Policies.Role(profile.Role)));
            identity.AddClaim(new Claim(UsernameClaim, profile.Username));
        }
        return identity;
    }
}
