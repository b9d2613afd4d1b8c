using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ProducersAvenue.Tests.Integration.Content;

/// <summary>
/// A Kestrel server on 127.0.0.1 with an ephemeral port, serving the pages the link-preview tests need.
/// Counts hits per path so a test can tell whether (and how often) the fetcher really came.
/// </summary>
public sealed class LocalPageServer : IAsyncLifetime
{
    private WebApplication? _app;
    private readonly ConcurrentDictionary<string, int> _hits = new();

    public Uri BaseUri { get; private set; } = null!;
    public int Port => BaseUri.Port;

    /// <summary>The allow-list entry for this server ("127.0.0.1:port").</summary>
    public string HostAndPort => $"127.0.0.1:{Port}";

    public Uri Url(string path) => new(BaseUri, path);
    public int Hits(string path) => _hits.GetValueOrDefault(path);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            _hits.AddOrUpdate(context.Request.Path.Value ?? "", 1, (_, n) => n + 1);
            await next(context);
        });
        MapPages(_app);
        await _app.StartAsync();
        BaseUri = new Uri(_app.Urls.Single());

        // The first request pays for JIT and routing start-up; pay it here, not inside a test's short deadline.
        using var warmUp = new HttpClient();
        await warmUp.GetStringAsync(Url("/warm-up"));
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    private void MapPages(WebApplication app)
    {
        app.MapGet("/warm-up", () => "ok");
        app.MapGet("/page", () => Html("""
            <html><head>
              <title>Fallback title</title>
              <meta property="og:title" content="  Night   Drive &amp; Chill ">
              <meta property="og:description" content="A lo-fi beat tape.">
              <meta property="og:image" content="/img/cover.png">
              <meta name="description" content="not this one">
            </head><body>hello</body></html>
            """));
        app.MapGet("/plain", () => Html("""
            <html><head><title>Only a title</title><meta name="description" content="Plain description"></head><body></body></html>
            """));
        app.MapGet("/script-image", () => Html("""
            <html><head><meta property="og:title" content="T"><meta property="og:image" content="javascript:alert(1)"></head></html>
            """));
        app.MapGet("/image", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47], "image/png"));
        app.MapGet("/hop/{n:int}", (int n) => Results.Redirect(n <= 1 ? "/page" : $"/hop/{n - 1}"));
        app.MapGet("/loop", () => Results.Redirect("/loop"));
        app.MapGet("/to-metadata", () => Results.Redirect("http://169.254.169.254/latest"));
        app.MapGet("/to-private", () => Results.Redirect("http://10.0.0.1/admin"));
        app.MapGet("/to-ftp", () => Results.Redirect("ftp://127.0.0.1/"));
        app.MapGet("/to-localhost-name", (HttpContext c) => Results.Redirect($"http://localhost:{c.Connection.LocalPort}/page"));
        app.MapGet("/endless", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><head><meta property=\"og:title\" content=\"Head first\"></head><body>");
            var chunk = Encoding.UTF8.GetBytes(new string('x', 16 * 1024));
            try
            {
                while (!context.RequestAborted.IsCancellationRequested)
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
                // The fetcher hung up once it had read enough: that is the point.
            }
        });
        app.MapGet("/late-title", () => Html($"<html><head><!-- {new string('x', 64 * 1024)} --><title>Too late</title></head></html>"));
        app.MapGet("/slow", async (HttpContext context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted).ContinueWith(_ => { });
            return Html("<title>Slow</title>");
        });
    }

    private static IResult Html(string html) => Results.Content(html, "text/html; charset=utf-8");
}
