using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;

namespace ProducersAvenue.Web.Hosting;

/// <summary>
/// Every interactive page asks for an antiforgery token (Blazor persists one into the page) and so sets the antiforgery
/// cookie — which would keep public pages out of the cache, and would put a token paired with one visitor's cookie into a
/// page served to others. On a page the public page cache may keep (decision 121) the token is made for a request with no
/// cookie and no user, stored nowhere: it pairs with no one's cookie, and the response sets none. Everywhere else (sign-in,
/// forms, members) the app's antiforgery is untouched.
/// </summary>
public sealed class PublicPageAntiforgery(IAntiforgery inner) : IAntiforgery
{
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        IsPublicPage(httpContext)
            ? inner.GetTokens(new DefaultHttpContext { RequestServices = httpContext.RequestServices })
            : inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

    /// <summary>A signed-out read of a page marked with the public page policy.</summary>
    public static bool IsPublicPage(HttpContext httpContext) =>
        HttpMethods.IsGet(httpContext.Request.Method) &&
        httpContext.User.Identity?.IsAuthenticated != true &&
        httpContext.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is { PolicyName: PublicPageCache.Policy };
}
