namespace ProducersAvenue.Domain.Content.Rendering;

/// <summary>
/// Fetches title, description and image of a public web page for a link post, server-side, with SSRF protection
/// (http/https only, public addresses only — re-checked on every redirect — a redirect cap, time and size limits).
/// Returns null when the page cannot or may not be fetched.
/// </summary>
public interface ILinkPreviewFetcher
{
    Task<LinkPreview?> FetchAsync(string url, CancellationToken cancellationToken = default);
}

public sealed record LinkPreview(string Url, string? Title, string? Description, string? ImageUrl)
{
    /// <summary>The player the page announces (<c>og:video</c>), kept only when <see cref="MediaEmbeds"/> recognises it.</summary>
    public string? Player { get; init; }
}
