using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Notifications;

namespace ProducersAvenue.Web.Endpoints;

/// <summary>
/// What search engines read before the pages (decision 260): <c>/robots.txt</c> leaves them the public pages, keeps them
/// out of members' own pages, forms, payments and private files, and names the sitemap; <c>/sitemap.xml</c> lists the
/// fixed public pages, listings on sale and public profiles (<see cref="PublicAddresses"/>). Whole addresses are made on
/// <c>Notifications:PublicBaseUrl</c>, never the request's host.
/// </summary>
public static class CrawlerEndpoints
{
    /// <summary>Address prefixes that are a member's own, a form or a file, not pages for an index.</summary>
    public static readonly IReadOnlyList<string> Disallowed =
    [
        "/Account/", "/admin", "/checkout", "/dev/", "/files/private/", "/library", "/messages", "/notifications", "/orders",
        "/search", "/sell", "/settings", "/unsubscribe", "/wallet", "/webhooks", "/welcome",
    ];

    /// <summary>The public pages every sitemap starts with.</summary>
    private static readonly string[] FixedPages = ["/", "/explore", "/market", "/mentors", "/pricing"];

    public static IEndpointRouteBuilder MapCrawlerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/robots.txt", (IOptions<NotificationOptions> site, HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=86400";
            var robots = new StringBuilder("User-agent: *\n");
            foreach (var prefix in Disallowed) robots.Append("Disallow: ").Append(prefix).Append('\n');
            robots.Append("Sitemap: ").Append(BaseUrl(site)).Append("/sitemap.xml\n");
            return Results.Text(robots.ToString(), "text/plain; charset=utf-8");
        }).ExcludeFromDescription();

        endpoints.MapGet("/sitemap.xml", async (PublicAddresses addresses, IOptions<NotificationOptions> site, HttpContext context,
            CancellationToken cancellationToken) =>
        {
            var listed = await addresses.ListAsync(cancellationToken);
            context.Response.Headers.CacheControl = $"public, max-age={(int)PublicAddresses.Lifetime.TotalSeconds}";
            context.Response.ContentType = "application/xml; charset=utf-8";
            var baseUrl = BaseUrl(site);
            await using var xml = XmlWriter.Create(context.Response.Body, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) });
            await xml.WriteStartDocumentAsync();
            await xml.WriteStartElementAsync(null, "urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var path in FixedPages) await UrlAsync(xml, baseUrl + path, null);
            foreach (var address in listed) await UrlAsync(xml, baseUrl + address.Path, address.UpdatedAt);
            await xml.WriteEndElementAsync();
            await xml.WriteEndDocumentAsync();
        }).ExcludeFromDescription();
        return endpoints;
    }

    private static string BaseUrl(IOptions<NotificationOptions> site) => site.Value.PublicBaseUrl.TrimEnd('/');

    private static async Task UrlAsync(XmlWriter xml, string location, DateTimeOffset? changed)
    {
        await xml.WriteStartElementAsync(null, "url", null);
        await xml.WriteElementStringAsync(null, "loc", null, location);
        if (changed is { } at) await xml.WriteElementStringAsync(null, "lastmod", null, at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await xml.WriteEndElementAsync();
    }
}
