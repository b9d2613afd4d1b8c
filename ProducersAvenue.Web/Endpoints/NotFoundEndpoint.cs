using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using ProducersAvenue.Web.Components;

namespace ProducersAvenue.Web.Endpoints;

/// <summary>
/// A GET for an address no endpoint matches renders the app at once (decision 120): its router finds no page and shows
/// the NotFound page with status 404. Without it the request ended as a bare 404 that the status-code middleware ran
/// through the whole pipeline a second time. An address that looks like a file (<c>/old-page.php</c>) gets the page only
/// when a browser asks for a page: a missing script, image or font stays a bare 404. Any other method gets a plain 404.
/// </summary>
public static class NotFoundEndpoint
{
    public static void MapNotFoundPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFallback((HttpContext http) => IsRead(http) ? Page() : Results.NotFound());
        endpoints.MapFallback("{*path:file}", (HttpContext http) => IsRead(http) && AsksForPage(http) ? Page() : Results.NotFound());
    }

    private static IResult Page() => new RazorComponentResult<App> { StatusCode = StatusCodes.Status404NotFound };

    private static bool IsRead(HttpContext http) => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);

    private static bool AsksForPage(HttpContext http) =>
        http.Request.GetTypedHeaders().Accept.Any(type => type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
