using Microsoft.Extensions.FileProviders;

namespace ProducersAvenue.Web.Hosting;

public static class BrandAssets
{
    /// <summary>
    /// Serves the top-level <c>wwwroot-assets/</c> folder (logo, favicon, category icons, default avatar and banner,
    /// demo avatars) under <c>/assets</c>. The build copies it beside the app, so the same path works for
    /// <c>dotnet run</c>, the test host and a published app.
    /// </summary>
    public static IApplicationBuilder UseBrandAssets(this IApplicationBuilder app)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "assets");
        if (!Directory.Exists(folder)) return app;
        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            RequestPath = "/assets",
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=86400",
        });
    }
}
