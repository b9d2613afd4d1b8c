using Microsoft.AspNetCore.Http.HttpResults;
using ProducersAvenue.Web.Components;

namespace ProducersAvenue.Web.Endpoints;

/// <summary>
/// A GET for an address no endpoint matches renders the app at once (decision 120): its router finds no page and shows
/// the NotFound page with status 404. Without it the request ended as a bare 404 that the status-code middleware ran
/// through the whole pipeline a second time. Any other method gets a plain 404.
/// </summary>
public static class NotFoundEndpoint
{
    public static IEndpointConventionBuilder MapNotFoundPage(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapFallback((HttpContext http) => HttpMethods.IsGet(http.Request.Method) // a HEAD arrives as GET (HeadRequests)
            ? (IResult)new RazorComponentResult<App> { StatusCode = StatusCodes.Status404NotFound }
            : Results.NotFound());
}
