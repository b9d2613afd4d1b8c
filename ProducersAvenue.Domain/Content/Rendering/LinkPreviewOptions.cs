namespace ProducersAvenue.Domain.Content.Rendering;

/// <summary>Limits of the link-preview fetcher; configuration section <c>LinkPreview</c>.</summary>
public sealed class LinkPreviewOptions
{
    public const string Section = "LinkPreview";

    /// <summary>The whole fetch — every redirect hop and the body — must finish within this time.</summary>
    public double TimeoutSeconds { get; set; } = 5;

    /// <summary>At most this many bytes of the page are read (the rest is never downloaded); metadata sits in the head.</summary>
    public int MaxBytes { get; set; } = 512 * 1024;

    /// <summary>Redirects followed before giving up; every hop's scheme and address are checked again.</summary>
    public int MaxRedirects { get; set; } = 3;

    /// <summary>
    /// <c>host:port</c> entries exempt from the public-address rule (a local test server, a trusted internal service).
    /// Empty in production. The scheme rule still applies.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];

    public string UserAgent { get; set; } = "ProducersAvenueBot/1.0 (link preview)";

    internal bool IsAllowListed(string host, int port)
    {
        if (AllowedHosts.Count == 0) return false;
        var key = $"{NormalizeHost(host)}:{port}";
        return AllowedHosts.Any(entry => string.Equals(NormalizeEntry(entry), key, StringComparison.OrdinalIgnoreCase));
    }

    private static string NormalizeHost(string host) => host.Trim().TrimStart('[').TrimEnd(']').TrimEnd('.');

    private static string NormalizeEntry(string entry)
    {
        var colon = entry.LastIndexOf(':');
        return colon < 0 ? entry.Trim() : $"{NormalizeHost(entry[..colon])}:{entry[(colon + 1)..].Trim()}";
    }
}
