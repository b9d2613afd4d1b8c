using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authorization;
using ProducersAvenue.Web.Authorization;

namespace ProducersAvenue.Web.Background;

/// <summary>
/// Hangfire's own gate on its dashboard: the <see cref="Policies.Admin"/> policy, asked again for every dashboard request
/// (its endpoints also carry the policy, which sends strangers to sign in). Replaces Hangfire's default "local requests only".
/// </summary>
public sealed class AdminDashboardAuthorization : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(http.User, Policies.Admin)).Succeeded;
    }
}
