namespace ProducersAvenue.Domain.Content;

/// <summary>How the sitemaps are cut; configuration section <c>Sitemap</c>.</summary>
public sealed class SitemapOptions
{
    public const string Section = "Sitemap";

    /// <summary>Addresses in one sitemap: the protocol allows 50,000; fewer keep each page's query and download small.</summary>
    public int PageSize { get; set; } = 10_000;
}
