using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing.Patterns;
using ProducersAvenue.Web.Components;

namespace ProducersAvenue.Web.Endpoints;

/// <summary>
/// A GET for an address no endpoint matches renders the app at once (decision 120): its router finds no page and shows
/// the NotFound page with status 404. Any other method gets a plain 404.
/// <para>It matches addresses that look like file names too (<c>/posts/abc.txt</c>, <c>/foo.png</c>): the default
/// fallback pattern (<c>{*path:nonfile}</c>) left those to the status-code re-execute, which answered an empty 404 — it
/// runs in a branch of the pipeline (only GETs get it), and a branch does not route again, so the re-executed
/// <c>/not-found</c> found no endpoint. The browser showed its own blank error page.</para>
/// <para>It does not match the asset folders (<see cref="AssetPrefixes"/>): some of their files are served by static-file
/// middleware (<c>/assets</c>, the brand images), which stands aside for a request that routing gave an endpoint, so a
/// fallback matching them answered 404 for the logo itself. A missing script, stylesheet, image or file there stays a
/// plain, empty 404: a page asked for it, nobody reads the answer.</para>
/// </summary>
public static class NotFoundEndpoint
{
    /// <summary>Where the site's scripts, stylesheets, brand images and stored files live (static assets, MudBlazor's
    /// files, Blazor's script and hub, the components' modules, <c>/files</c>).</summary>
    public static readonly string[] AssetPrefixes = ["/_framework", "/_content", "/_blazor", "/lib", "/js", "/css", "/assets", "/files", "/Components"];

    public static IEndpointConventionBuilder MapNotFoundPage(this IEndpointRouteBuilder endpoints) =>
        endpoints.Map(RoutePatternFactory.Parse("{*path}", defaults: null, parameterPolicies: new { path = new OutsideTheAssetFolders() }),
                (HttpContext http) => Page(http))
            .WithOrder(int.MaxValue) // after every other endpoint, as MapFallback's
            .WithDisplayName("Not found");

    /// <summary>
    /// The answer for a missing thing a person navigated to: the app rendered at once with status 404 for a GET (its router
    /// shows the NotFound page), a plain 404 for any other method. Endpoints that a member's browser opens as a page (a
    /// download, an attachment, a private file's link) answer with it: an empty 404 from an endpoint is not re-executed
    /// to the not-found page (see above), and the browser showed its own blank error page.
    /// </summary>
    public static IResult Page(HttpContext http) =>
        HttpMethods.IsGet(http.Request.Method) // a HEAD arrives as GET (HeadRequests)
            ? new RazorComponentResult<App> { StatusCode = StatusCodes.Status404NotFound }
            : Results.NotFound();

    /// <summary>Whether <paramref name="path"/> lies in one of the <see cref="AssetPrefixes"/>.</summary>
    public static bool IsAsset(PathString path) =>
        AssetPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>The fallback's route constraint: any address but the asset folders'.</summary>
    private sealed class OutsideTheAssetFolders : IRouteConstraint
    {
        public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
            httpContext is null || !IsAsset(httpContext.Request.Path);
    }
}
