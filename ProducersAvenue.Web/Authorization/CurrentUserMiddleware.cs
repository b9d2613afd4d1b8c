using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Web.Authorization;

/// <summary>
/// For plain HTTP requests (static pages, endpoints, prerendering, the circuit's own connection): the request's user,
/// as the database sees it now (<see cref="MemberStandings"/>), becomes <c>HttpContext.User</c> and the
/// <see cref="CurrentUser"/>. A banned member, or a cookie from before a password change, is signed out on the spot;
/// otherwise the role claim is replaced by <c>user_profiles.role</c>, so policies and services see the same role.
/// Runs between authentication and authorization.
/// </summary>
public sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CurrentUser current, MemberStandings standings)
    {
        // Read as the member themself with the least role (MemberStandings): the cookie's role claim is not trusted for anything.
        var standing = await standings.ReadAsync(context.User, context.RequestAborted);
        if (standing is { IsActive: false })
        {
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }
        else if (standing is not null)
        {
            context.User = standings.WithRole(context.User, standing.Role);
        }
        CurrentUserPrincipal.Apply(current, context.User);
        await next(context);
    }
}
