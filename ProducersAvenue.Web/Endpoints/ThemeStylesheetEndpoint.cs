using Microsoft.Net.Http.Headers;
using ProducersAvenue.Web.Components.Layout;

namespace ProducersAvenue.Web.Endpoints;

/// <summary>
/// <c>/theme.{fingerprint}.css</c>: the theme's CSS (<see cref="ThemeStylesheet"/>, decision 124), written and compressed
/// once at startup and cached by browsers for a year like the build's own assets. An old fingerprint (a page from before a
/// theme change) still gets the current CSS, but revalidated rather than kept.
/// </summary>
public static class ThemeStylesheetEndpoint
{
    public static IServiceCollection AddThemeStylesheet(this IServiceCollection services) => services.AddSingleton<ThemeStylesheet>();

    public static IEndpointConventionBuilder MapThemeStylesheet(this IEndpointRouteBuilder endpoints)
    {
        // Written now, while the app starts, not by the first visitor.
        var theme = endpoints.ServiceProvider.GetRequiredService<ThemeStylesheet>();
        return endpoints.MapMethods("/theme.{fingerprint}.css", [HttpMethods.Get, HttpMethods.Head], (string fingerprint, HttpContext http) =>
        {
            var response = http.Response;
            var current = fingerprint == theme.Fingerprint;
            response.Headers.CacheControl = current ? "public, max-age=31536000, immutable" : "no-cache";
            response.Headers.ETag = $"\"{theme.Fingerprint}\"";
            response.Headers.Vary = HeaderNames.AcceptEncoding;
            if (http.Request.Headers.IfNoneMatch.ToString() == $"\"{theme.Fingerprint}\"") return Results.StatusCode(StatusCodes.Status304NotModified);
            var (body, encoding) = theme.For(http.Request.Headers.AcceptEncoding.ToString());
            if (encoding is not null) response.Headers.ContentEncoding = encoding;
            return Results.Bytes(body, "text/css; charset=utf-8");
        }).AllowAnonymous();
    }
}
