using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Content.Rendering;

namespace ProducersAvenue.Tests.Integration.Content;

/// <summary>A real <see cref="LinkPreviewFetcher"/> on the real guarded handler, with a <see cref="RecordingConnector"/> underneath.</summary>
internal sealed class LinkPreviewTestFetcher : IDisposable
{
    private readonly HttpClient _http;

    public LinkPreviewTestFetcher(LocalPageServer? server, Action<LinkPreviewOptions>? configure = null)
    {
        var options = new LinkPreviewOptions();
        if (server is not null) options.AllowedHosts.Add(server.HostAndPort);
        configure?.Invoke(options);
        Requests = new CountingHandler(LinkPreviewConnectionGuard.CreateHandler(options, Connector.OpenAsync));
        _http = new HttpClient(Requests);
        Fetcher = new LinkPreviewFetcher(_http, Options.Create(options), NullLogger<LinkPreviewFetcher>.Instance);
    }

    public RecordingConnector Connector { get; } = new();

    /// <summary>Requests handed to the HTTP stack; zero means the fetcher refused on its own, before any I/O.</summary>
    public CountingHandler Requests { get; }
    public LinkPreviewFetcher Fetcher { get; }

    public void Dispose() => _http.Dispose();

    internal sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private int _count;

        public int Count => _count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
