using System.Text.Json;
using ProducersAvenue.Web.Components.Layout;
using ProducersAvenue.Web.Components.Shared;

namespace ProducersAvenue.Web.Endpoints;

/// <summary>
/// The icons asked for at fixed addresses (decision 261): browsers, feed readers and crawlers ask for <c>/favicon.ico</c>
/// whatever the page names, and iOS for <c>/apple-touch-icon.png</c> when a member adds the site to a home screen; the
/// web app manifest names the site, its colours and its icons for an installed app. The images are drawn from
/// <c>wwwroot-assets/favicon.svg</c> and kept in <c>wwwroot-assets/icons/</c>.
/// </summary>
public static class AppIconEndpoints
{
    public const string ManifestPath = "/manifest.webmanifest";

    private const string CacheControl = "public, max-age=86400";

    public static IEndpointRouteBuilder MapAppIconEndpoints(this IEndpointRouteBuilder endpoints)
    {
        MapFile(endpoints, "/favicon.ico", "favicon.ico", "image/x-icon");
        MapFile(endpoints, "/apple-touch-icon.png", "icons/apple-touch-icon.png", "image/png");

        var manifest = JsonSerializer.Serialize(new
        {
            name = PageMeta.SiteName,
            short_name = "Producers Ave",
            description = PageMeta.SiteDescription,
            start_url = "/",
            scope = "/",
            display = "standalone",
            background_color = AppTheme.BackgroundColor,
            theme_color = AppTheme.AppBarColor(dark: false),
            icons = new object[]
            {
                new { src = "/assets/favicon.svg", sizes = "any", type = "image/svg+xml" },
                new { src = "/assets/icons/icon-192.png", sizes = "192x192", type = "image/png" },
                new { src = "/assets/icons/icon-512.png", sizes = "512x512", type = "image/png" },
            },
        });
        endpoints.MapGet(ManifestPath, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = CacheControl;
            return Results.Text(manifest, "application/manifest+json; charset=utf-8");
        }).ExcludeFromDescription();
        return endpoints;
    }

    private static void MapFile(IEndpointRouteBuilder endpoints, string path, string asset, string contentType)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "assets", asset);
        endpoints.MapGet(path, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = CacheControl;
            return Results.File(file, contentType);
        }).ExcludeFromDescription();
    }
}
