using Microsoft.Net.Http.Headers;
using ProducersAvenue.Web.Components.Layout;

namespace ProducersAvenue.Web.Endpoints;

/// <summary>
/// <c>/theme.{fingerprint}.css</c> (<see cref="ThemeStylesheet"/>, decision 124) and <c>/mudblazor.{fingerprint}.css</c>
/// (<see cref="MudBlazorStylesheet"/>, decision 142): stylesheets the app writes once at startup, compressed once and cached
/// by browsers for a year like the build's own assets. An old fingerprint (a page from before a change) still gets the
/// current CSS, but revalidated rather than kept.
/// </summary>
public static class StylesheetEndpoints
{
    public static IServiceCollection AddServedStylesheets(this IServiceCollection services) =>
        services.AddSingleton<ThemeStylesheet>().AddSingleton<MudBlazorStylesheet>();

    public static IEndpointRouteBuilder MapServedStylesheets(this IEndpointRouteBuilder endpoints)
    {
        Map<ThemeStylesheet>(endpoints);
        Map<MudBlazorStylesheet>(endpoints);
        return endpoints;
    }

    private static void Map<TStylesheet>(IEndpointRouteBuilder endpoints) where TStylesheet : ServedStylesheet
    {
        // Written now, while the app starts, not by the first visitor.
        var sheet = endpoints.ServiceProvider.GetRequiredService<TStylesheet>();
        endpoints.MapMethods($"/{sheet.Name}.{{fingerprint}}.css", [HttpMethods.Get, HttpMethods.Head], (string fingerprint, HttpContext http) =>
        {
            var response = http.Response;
            var current = fingerprint == sheet.Fingerprint;
            response.Headers.CacheControl = current ? "public, max-age=31536000, immutable" : "no-cache";
            response.Headers.ETag = $"\"{sheet.Fingerprint}\"";
            response.Headers.Vary = HeaderNames.AcceptEncoding;
            if (http.Request.Headers.IfNoneMatch.ToString() == $"\"{sheet.Fingerprint}\"") return Results.StatusCode(StatusCodes.Status304NotModified);
            var (body, encoding) = sheet.For(http.Request.Headers.AcceptEncoding.ToString());
            if (encoding is not null) response.Headers.ContentEncoding = encoding;
            return Results.Bytes(body, "text/css; charset=utf-8");
        }).AllowAnonymous();
    }
}
