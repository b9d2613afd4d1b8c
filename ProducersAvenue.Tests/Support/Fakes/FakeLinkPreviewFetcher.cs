using ProducersAvenue.Domain.Content.Rendering;

namespace ProducersAvenue.Tests.Support.Fakes;

/// <summary>Returns a fixed preview for any URL and records what was asked.</summary>
public sealed class FakeLinkPreviewFetcher : ILinkPreviewFetcher
{
    public List<string> Requested { get; } = [];

    public Task<LinkPreview?> FetchAsync(string url, CancellationToken cancellationToken = default)
    {
        Requested.Add(url);
        return Task.FromResult<LinkPreview?>(new LinkPreview(url, "Preview title", "Preview description", "https://img.example/x.png"));
    }
}
