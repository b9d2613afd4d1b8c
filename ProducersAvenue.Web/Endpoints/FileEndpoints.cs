using Microsoft.Net.Http.Headers;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Web.Endpoints;

public static class FileEndpoints
{
    /// <summary>
    /// <c>GET /files/{**key}</c>: a stored file with the content type of its (server-chosen) extension, <c>nosniff</c>,
    /// a sandboxing CSP and long caching (keys are unique and never rewritten). Unknown or malformed keys are 404.
    /// <c>GET /files/private/{token}</c>: a private file through its short-lived link (<see cref="PrivateFiles"/>),
    /// saved under the name the link carries, never cached, with range requests for audio and video; an expired or forged
    /// link is the not-found page, which says how to get a fresh one.
    /// </summary>
    public static IEndpointRouteBuilder MapFileEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/files/private/{token}", async (string token, PrivateFiles files, HttpContext context, CancellationToken cancellationToken) =>
        {
            if (await files.OpenAsync(token, cancellationToken) is not { } file) return NotFoundEndpoint.Page(context);
            var headers = context.Response.Headers;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; sandbox";
            headers[HeaderNames.CacheControl] = "private, no-store";
            return Results.Stream(file.Content, StoredFileTypes.ContentTypeFor(Path.GetExtension(file.Key).TrimStart('.')),
                fileDownloadName: file.DownloadName, enableRangeProcessing: true);
        }).AllowAnonymous().ExcludeFromDescription();

        endpoints.MapGet("/files/{**key}", async (string key, IFileStorage storage, HttpContext context, CancellationToken cancellationToken) =>
        {
            // Private files only through a link (above): their keys are not served here, whoever asks.
            if (PrivateFileKey.IsPrivate(key)) return Results.NotFound();
            var stream = await storage.OpenReadAsync(key, cancellationToken);
            if (stream is null) return Results.NotFound();
            var headers = context.Response.Headers;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; sandbox";
            headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
            var contentType = StoredFileTypes.ContentTypeFor(Path.GetExtension(key).TrimStart('.'));
            return Results.Stream(stream, contentType, entityTag: new EntityTagHeaderValue($"\"{Path.GetFileNameWithoutExtension(key)}\""),
                enableRangeProcessing: true);
        }).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }
}
