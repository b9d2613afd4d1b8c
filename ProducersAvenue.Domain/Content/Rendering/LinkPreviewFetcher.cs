using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ProducersAvenue.Domain.Content.Rendering;

/// <summary>
/// Server-side link previews with SSRF protection. Layers: (1) only http/https; (2) an IP-literal host is judged by
/// <see cref="AddressClassifier"/> before anything is sent; (3) the <see cref="HttpClient"/> is built on
/// <see cref="LinkPreviewConnectionGuard"/>, which resolves host names itself and connects only to checked public
/// addresses; (4) redirects are followed by hand, each hop through (1)–(3), at most <see cref="LinkPreviewOptions.MaxRedirects"/>;
/// (5) one deadline for the whole fetch and a cap on the bytes read; only text/html is parsed.
/// Any failure yields null and one warning line (the reason, no stack trace), never an exception — except cancellation by
/// the caller.
/// </summary>
public sealed partial class LinkPreviewFetcher(
    HttpClient http, IOptions<LinkPreviewOptions> options, ILogger<LinkPreviewFetcher> logger) : ILinkPreviewFetcher
{
    private static readonly HashSet<string> HtmlMediaTypes = ["text/html", "application/xhtml+xml"];

    public async Task<LinkPreview?> FetchAsync(string url, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var requested) || !IsPermitted(requested, settings))
        {
            LogRefused(url ?? "");
            return null;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        try
        {
            return await FetchFollowingRedirectsAsync(requested, settings, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(requested);
            return null;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException or UriFormatException or LinkPreviewRefusedException)
        {
            LogFailed(requested, e.GetBaseException().Message);
            return null;
        }
    }

    private async Task<LinkPreview?> FetchFollowingRedirectsAsync(Uri requested, LinkPreviewOptions settings, CancellationToken cancellationToken)
    {
        var current = requested;
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            request.Headers.UserAgent.ParseAdd(settings.UserAgent);
            request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.1");
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);

            if (IsRedirect(response.StatusCode))
            {
                if (redirects >= settings.MaxRedirects)
                {
                    LogTooManyRedirects(requested, settings.MaxRedirects);
                    return null;
                }
                var location = response.Headers.Location;
                if (location is null) return null;
                var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                if (!IsPermitted(next, settings))
                {
                    LogRefused(next.OriginalString);
                    return null;
                }
                current = next;
                continue;
            }

            if (!response.IsSuccessStatusCode || !IsHtml(response.Content.Headers.ContentType)) return null;
            var html = await ReadCappedAsync(response.Content, settings.MaxBytes, cancellationToken);
            return LinkPreviewParser.Parse(html, requested, current);
        }
    }

    /// <summary>Scheme, credentials and — for IP literals — the address, decided before any connection is made.</summary>
    private static bool IsPermitted(Uri uri, LinkPreviewOptions settings)
    {
        if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)) return false;
        if (string.IsNullOrEmpty(uri.Host) || !string.IsNullOrEmpty(uri.UserInfo)) return false;
        if (settings.IsAllowListed(uri.Host, uri.Port)) return true;
        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
            return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && AddressClassifier.IsPublic(address);
        return uri.HostNameType == UriHostNameType.Dns;
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static bool IsHtml(MediaTypeHeaderValue? contentType) =>
        contentType?.MediaType is { } mediaType && HtmlMediaTypes.Contains(mediaType.ToLowerInvariant());

    /// <summary>Reads at most <paramref name="maxBytes"/> and stops: the rest of the body is never downloaded.</summary>
    private static async Task<string> ReadCappedAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[maxBytes];
        var filled = 0;
        while (filled < maxBytes)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(filled, maxBytes - filled), cancellationToken);
            if (read == 0) break;
            filled += read;
        }
        return EncodingOf(content.Headers.ContentType).GetString(buffer, 0, filled);
    }

    private static Encoding EncodingOf(MediaTypeHeaderValue? contentType)
    {
        var charset = contentType?.CharSet?.Trim('"', '\'', ' ');
        if (string.IsNullOrEmpty(charset)) return Encoding.UTF8;
        try
        {
            return Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Link preview refused for {Url}: scheme or address not allowed")]
    private partial void LogRefused(string url);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Link preview of {Url} timed out")]
    private partial void LogTimedOut(Uri url);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Link preview of {Url} stopped after {MaxRedirects} redirects")]
    private partial void LogTooManyRedirects(Uri url, int maxRedirects);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Link preview of {Url} failed: {Reason}")]
    private partial void LogFailed(Uri url, string reason);
}
