using System.Security.Claims;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Web.Authorization;

/// <summary>Copies a signed-in principal onto the scoped <see cref="CurrentUser"/>.</summary>
public static class CurrentUserPrincipal
{
    /// <summary>The signed-in user's id, or null.</summary>
    public static Guid? UserIdOf(ClaimsPrincipal? principal) =>
        principal?.Identity?.IsAuthenticated == true && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static void Apply(CurrentUser current, ClaimsPrincipal? principal)
    {
        if (UserIdOf(principal) is { } userId)
        {
            var role = EnumText<UserRole>.TryParse(principal!.FindFirstValue(ClaimTypes.Role), out var parsed) ? parsed : UserRole.Member;
            current.Set(userId, role);
        }
        else
        {
            current.Set(null);
        }
    }
}
