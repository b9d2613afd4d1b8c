using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ProducersAvenue.Tests.Integration.Storage;

/// <summary>
/// A Kestrel app on 127.0.0.1 that speaks Bunny.net's Edge Storage API for one zone: <c>PUT /{zone}/{path}</c> stores the
/// body (201 and Bunny's JSON), <c>GET</c> returns it (404 when missing), <c>DELETE</c> removes it (404 when missing);
/// a wrong <c>AccessKey</c> is 401, another zone 404. <see cref="FailNext"/> makes the next request answer with a status.
/// </summary>
public sealed class FakeBunnyStorage : IAsyncLifetime
{
    public const string Zone = "pa-test-zone";
    public const string Password = "zone-password-123";

    private WebApplication? _app;

    public ConcurrentDictionary<string, byte[]> Files { get; } = new();
    public ConcurrentQueue<(string Method, string Path, string? AccessKey)> Requests { get; } = new();
    public int? FailNext { get; set; }
    public Uri BaseUri { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync();
        BaseUri = new Uri(_app.Urls.Single());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var accessKey = request.Headers["AccessKey"].FirstOrDefault();
        Requests.Enqueue((request.Method, request.Path.Value ?? "", accessKey));
        if (FailNext is { } status)
        {
            FailNext = null;
            await Answer(context, status, "Simulated failure.");
            return;
        }
        if (accessKey != Password)
        {
            await Answer(context, 401, "Unauthorized");
            return;
        }
        var segments = (request.Path.Value ?? "").TrimStart('/').Split('/', 2);
        if (segments[0] != Zone || segments.Length < 2)
        {
            await Answer(context, 404, "Storage zone not found.");
            return;
        }
        var path = segments[1];
        switch (request.Method)
        {
            case "PUT":
                using (var body = new MemoryStream())
                {
                    await request.Body.CopyToAsync(body);
                    Files[path] = body.ToArray();
                }
                await Answer(context, 201, "File uploaded.");
                break;
            case "GET" when Files.TryGetValue(path, out var bytes):
                context.Response.ContentType = "application/octet-stream";
                await context.Response.Body.WriteAsync(bytes);
                break;
            case "DELETE" when Files.TryRemove(path, out _):
                await Answer(context, 200, "File deleted successfuly.");
                break;
            default:
                await Answer(context, 404, "Object Not Found");
                break;
        }
    }

    private static Task Answer(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { HttpCode = status, Message = message });
    }
}
