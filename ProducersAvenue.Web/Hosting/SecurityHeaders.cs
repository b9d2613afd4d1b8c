using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.HttpOverrides;

namespace ProducersAvenue.Web.Hosting;

/// <summary>
/// The response headers every answer carries (decision 032): a Content-Security-Policy with a per-request script nonce,
/// <c>X-Content-Type-Options: nosniff</c>, a <c>Referrer-Policy</c>, and no <c>Server</c> header; the antiforgery
/// cookie <c>Secure</c> over HTTPS; and <c>X-Forwarded-For</c>/<c>-Proto</c> honoured from trusted proxies
/// (loopback, plus <c>ForwardedHeaders:KnownProxies</c>), so behind a TLS-terminating proxy the request counts as
/// HTTPS: cookies stay <c>Secure</c> and HSTS is sent.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "pa:csp-nonce";

    /// <summary>
    /// Blazor Server needs its own scripts and a WebSocket to the same origin ('self'); MudBlazor sets inline styles;
    /// link previews show the linked page's https image; uploads preview as blob: URLs. Inline scripts run only with
    /// the request's nonce (the import map carries it). Frames: only the click-to-load players' origins.
    /// </summary>
    public static string Policy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob: https:; media-src 'self' blob:; font-src 'self' data:; connect-src 'self'; " +
        $"frame-src {FrameSources}; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The players a member loads with a click (decision 061); nothing else may be framed.</summary>
    private static readonly string FrameSources = string.Join(' ', ProducersAvenue.Domain.Content.Rendering.MediaEmbed.FrameOrigins);

    public static WebApplicationBuilder AddSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Loopback proxies are trusted by default (nginx on the same machine); others only when configured.
            foreach (var proxy in builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(IPAddress.Parse(proxy));
        });
        return builder;
    }

    /// <summary>First in the pipeline: forwarded headers, then the headers on every response.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.Use((context, next) =>
        {
            // base64url: a nonce-source allows - and _, and no character of it is HTML-encoded in the attribute.
            var nonce = Microsoft.AspNetCore.WebUtilities.Base64UrlTextEncoder.Encode(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
            // Set now, so a page kept by the public page cache (decision 121) keeps the policy whose nonce its body carries:
            // on a cache hit the stored headers replace these, and the check below leaves them alone.
            Apply(context.Response.Headers, nonce);
            // And again when the response starts: the exception handler clears headers set earlier.
            context.Response.OnStarting(() =>
            {
                if (!context.Response.Headers.ContainsKey("Content-Security-Policy")) Apply(context.Response.Headers, nonce);
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    private static void Apply(IHeaderDictionary headers, string nonce)
    {
        headers.ContentSecurityPolicy = Policy(nonce);
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
    }

    /// <summary>The nonce an inline <c>&lt;script&gt;</c> of this response must carry (<c>nonce="@SecurityHeaders.Nonce(HttpContext)"</c>).</summary>
    public static string? Nonce(HttpContext? context) => context?.Items[NonceKey] as string;
}
