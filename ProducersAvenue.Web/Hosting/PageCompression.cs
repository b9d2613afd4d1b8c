using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace ProducersAvenue.Web.Hosting;

/// <summary>
/// Brotli or gzip for what the app writes per request — pages, JSON, SVG (decision 120). Static assets are compressed at
/// build time and served by MapStaticAssets with their Content-Encoding already set, which this middleware leaves alone.
/// </summary>
public static class PageCompression
{
    private static readonly string[] MimeTypes = ["text/html", "text/plain", "application/json", "image/svg+xml"];

    public static WebApplicationBuilder AddPageCompression(this WebApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(options =>
        {
            // Safe over HTTPS here: the secrets a page carries (antiforgery request tokens, circuit descriptors) are
            // Data-Protection ciphertexts made afresh for every response, so no byte string repeats for BREACH to guess.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = MimeTypes;
        });
        // Fastest: a page is compressed once per request, and its size barely improves at higher levels.
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return builder;
    }
}
