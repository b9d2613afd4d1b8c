using System.Net;
using System.Net.Http.Headers;

namespace ProducersAvenue.Domain.Storage;

/// <summary>
/// Files in a Bunny.net storage zone through its HTTP API (<c>{endpoint}/{zone}/{key}</c> with the zone's password in the
/// <c>AccessKey</c> header): PUT uploads, GET downloads, DELETE removes. Browsers fetch public files from the zone's pull
/// zone (<see cref="UrlFor"/>); private files only through the app's short-lived links (<see cref="PrivateFiles"/>).
/// A refused key (401), a missing zone or an outage (5xx) is a <see cref="FileStorageException"/> that says which; a
/// missing file is null (download) or nothing to do (delete).
/// </summary>
public sealed class BunnyFileStorage(HttpClient http, BunnyStorageOptions options, TimeProvider clock) : IFileStorage
{
    public const string HttpClientName = "bunny-storage";

    private readonly string _zone = options.StorageZone.Trim('/');
    private readonly string _pullZone = options.PullZoneUrl.TrimEnd('/') + "/";

    public async Task<StoredFile> SaveAsync(string folder, string extension, string contentType, Stream content, CancellationToken cancellationToken = default)
    {
        var key = StorageKeys.New(folder, extension, clock.GetUtcNow());
        await using var counted = new CountingStream(content);
        using var request = Request(HttpMethod.Put, key);
        request.Content = new StreamContent(counted);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await SendAsync(request, HttpCompletionOption.ResponseContentRead, "upload", key, cancellationToken);
        if (!response.IsSuccessStatusCode) throw Failure(response.StatusCode, "upload", key);
        return new StoredFile(key, UrlFor(key), counted.BytesRead, contentType);
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!StorageKeys.IsWellFormed(key)) return null;
        var request = Request(HttpMethod.Get, key);
        var response = await SendAsync(request, HttpCompletionOption.ResponseHeadersRead, "download", key, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            response.Dispose();
            request.Dispose();
            return null;
        }
        if (!response.IsSuccessStatusCode)
        {
            var failure = Failure(response.StatusCode, "download", key);
            response.Dispose();
            request.Dispose();
            throw failure;
        }
        return await response.Content.ReadAsStreamAsync(cancellationToken);
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!StorageKeys.IsWellFormed(key)) return false;
        using var request = Request(HttpMethod.Get, key);
        using var response = await SendAsync(request, HttpCompletionOption.ResponseHeadersRead, "look up", key, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound) return false;
        return response.IsSuccessStatusCode ? true : throw Failure(response.StatusCode, "look up", key);
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!StorageKeys.IsWellFormed(key)) return;
        using var request = Request(HttpMethod.Delete, key);
        using var response = await SendAsync(request, HttpCompletionOption.ResponseContentRead, "delete", key, cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound && !response.IsSuccessStatusCode) throw Failure(response.StatusCode, "delete", key);
    }

    public string UrlFor(string key) => _pullZone + key;

    private HttpRequestMessage Request(HttpMethod method, string key)
    {
        var request = new HttpRequestMessage(method, new Uri($"{options.Endpoint.TrimEnd('/')}/{Uri.EscapeDataString(_zone)}/{key}"));
        request.Headers.Add("AccessKey", options.AccessKey);
        return request;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, HttpCompletionOption completion, string action, string key,
        CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, completion, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new FileStorageException($"Bunny storage could not be reached to {action} '{key}': {e.Message}", inner: e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FileStorageException($"Bunny storage did not answer in time to {action} '{key}'.", inner: e);
        }
    }

    private FileStorageException Failure(HttpStatusCode status, string action, string key) => new(status switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
            $"Bunny storage refused the access key for zone '{_zone}' ({(int)status}) when asked to {action} '{key}'. Check Storage:Bunny:AccessKey (the zone's password) and Storage:Bunny:StorageZone.",
        HttpStatusCode.NotFound =>
            $"Bunny storage has no zone '{_zone}' at {options.Endpoint} (404) to {action} '{key}'. Check Storage:Bunny:StorageZone and Storage:Bunny:Endpoint (the zone's region).",
        >= HttpStatusCode.InternalServerError =>
            $"Bunny storage failed ({(int)status}) to {action} '{key}'; try again later.",
        _ => $"Bunny storage answered {(int)status} when asked to {action} '{key}'.",
    }, status);

    /// <summary>Passes an upload through and counts its bytes (the stored size, without buffering the file).</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Counted(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Counted(int read)
        {
            BytesRead += read;
            return read;
        }
    }
}
