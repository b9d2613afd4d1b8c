using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Library;
using ProducersAvenue.Web.Hosting;

namespace ProducersAvenue.Web.Endpoints;

public static class LibraryEndpoints
{
    /// <summary>
    /// <c>GET /library/{reference}/files/{number}</c>: the download buttons of the library and licence pages. Asks
    /// <see cref="LibraryService.DownloadLinkAsync"/> for a short-lived link and redirects to it (decision 015), so a page
    /// left open for an hour still downloads; the not-found page for a reference or file the member cannot see, 403 (with the reason as
    /// text) when access ended or the rule refuses.
    /// </summary>
    public static IEndpointRouteBuilder MapLibraryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/library/{reference}/files/{number:int}", async (string reference, int number, LibraryService library, HttpContext http, CancellationToken cancellationToken) =>
        {
            var link = await library.DownloadLinkAsync(reference, number, cancellationToken);
            if (link.Succeeded) return Results.Redirect(link.Value!);
            var error = link.FirstError!;
            if (error == LibraryErrors.EntryNotFound || error == LibraryErrors.FileNotFound) return NotFoundEndpoint.Page(http);
            // With a body, so the status-code pages (which answer GETs without one with the not-found page) leave it as it is.
            return error == Error.SignInRequired
                ? Results.Challenge()
                : Results.Text(error.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        }).RequireAuthorization().RequireRateLimiting(RequestRateLimiting.Downloads).ExcludeFromDescription();
        return endpoints;
    }
}
