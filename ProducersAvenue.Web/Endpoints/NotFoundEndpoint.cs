using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using ProducersAvenue.Web.Components;

namespace ProducersAvenue.Web.Endpoints;

/// <summary>
/// A GET for an address no endpoint matches renders the app at once (decision 120): its router finds no page and shows
/// the NotFound page with status 404. Any other method gets a plain 404.
/// <para>It matches addresses that look like file names too (<c>/posts/abc.txt</c>, <c>/foo.png</c>): the default
/// fallback pattern (<c>{*path:nonfile}</c>) left those to the status-code re-execute, which answered an empty 404 — it
/// runs in a branch of the pipeline (only GETs get it), and a branch does not route again, so the re-executed
/// <c>/not-found</c> found no endpoint. The browser showed its own blank error page.</para>
/// <para>The asset folders (<see cref="AssetPrefixes"/>) keep a plain, empty 404: a missing script, stylesheet, image or
/// file is asked for by a page, not read by a person, and a 20 KB page in its place is only bytes a browser throws away.</para>
/// </summary>
public static class NotFoundEndpoint
{
    /// <summary>Where the site's scripts, stylesheets, brand images and stored files live (static assets, MudBlazor's
    /// files, Blazor's script and hub, the components' modules, <c>/files</c>).</summary>
    public static readonly string[] AssetPrefixes = ["/_framework", "/_content", "/_blazor", "/lib", "/js", "/css", "/assets", "/files", "/Components"];

    public static IEndpointConventionBuilder MapNotFoundPage(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapFallback("{*path}", (HttpContext http) =>
        {
            if (!HttpMethods.IsGet(http.Request.Method)) return Results.NotFound(); // a HEAD arrives as GET (HeadRequests)
            if (IsAsset(http.Request.Path))
            {
                // Not re-executed into an empty 404 a second time (see above): the plain 404 is the answer.
                if (http.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
                return Results.NotFound();
            }
            return new RazorComponentResult<App> { StatusCode = StatusCodes.Status404NotFound };
        });

    private static bool IsAsset(PathString path) =>
        AssetPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}
