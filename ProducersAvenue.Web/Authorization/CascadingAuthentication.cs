using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace ProducersAvenue.Web.Authorization;

/// <summary>
/// The principal a component's cascading <c>Task&lt;AuthenticationState&gt;</c> holds, as <c>AuthorizeView</c> reads it: a
/// component that takes the cascading parameter renders again when the state changes (a sign-out, a role change), without
/// an <c>AuthorizeView</c> instance that every circuit would keep (issue 9).
/// </summary>
public static class CascadingAuthentication
{
    /// <summary>The state's user; anonymous where no state cascades.</summary>
    public static async Task<ClaimsPrincipal> UserAsync(this Task<AuthenticationState>? state) =>
        state is null ? new ClaimsPrincipal(new ClaimsIdentity()) : (await state).User;
}
