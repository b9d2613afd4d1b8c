using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace ProducersAvenue.Web.Hosting;

/// <summary>
/// What a visitor sees when a request fails with an unhandled error outside Development: a 500 with the site's plain page
/// (<see cref="PlainPage"/>: no Blazor, no database, so it renders when they are what failed), a reference to quote — the
/// request's trace id, which the error's log entry carries — and "Try again" on the same address. The template's page,
/// which told strangers how to switch the server to its Development environment, is gone (decision 166). Development keeps
/// the developer exception page.
/// </summary>
public static class ServerErrorPage
{
    public const string Title = "Something went wrong";
    public const string Message = "We could not finish that. Try again in a moment; if it keeps happening, tell us the reference below.";

    public static IApplicationBuilder UseServerErrorPage(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteAsync });

    private static async Task WriteAsync(HttpContext http)
    {
        var reference = Activity.Current?.Id ?? http.TraceIdentifier;
        var request = http.Request;
        // A read is retried at its own address; a failed form post reopens the page it came from (a GET of the same path).
        var retry = request.PathBase + request.Path + (HttpMethods.IsGet(request.Method) ? request.QueryString : QueryString.Empty);
        http.Response.StatusCode = StatusCodes.Status500InternalServerError;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsync(PlainPage.Html(Title, Message, retry, reference), http.RequestAborted);
    }
}
