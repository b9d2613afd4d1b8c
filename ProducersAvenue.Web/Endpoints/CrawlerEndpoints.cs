using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Notifications;

namespace ProducersAvenue.Web.Endpoints;

/// <summary>
/// What search engines read before the pages (decision 260): <c>/robots.txt</c> leaves them the public pages, keeps them
/// out of members' own pages, forms, payments and private files, and names the sitemap; <c>/sitemap.xml</c> is an index
/// of sitemaps (decision 262): the fixed public pages, then listings on sale, public profiles and tags in use in pages of
/// <c>Sitemap:PageSize</c> (<see cref="PublicAddresses"/>). Whole addresses are made on
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

    /// <summary>The public pages of the first sitemap.</summary>
    private static readonly string[] FixedPages = ["/", "/explore", "/market", "/mentors", "/pricing"];

    /// <summary>Each kind's name in its sitemaps' addresses (<c>/sitemaps/products-1.xml</c>).</summary>
    private static readonly IReadOnlyDictionary<PublicAddressKind, string> KindNames = new Dictionary<PublicAddressKind, string>
    {
        [PublicAddressKind.Products] = "products",
        [PublicAddressKind.Services] = "services",
        [PublicAddressKind.Profiles] = "profiles",
        [PublicAddressKind.Tags] = "tags",
    };

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

        // The index: the fixed pages' sitemap, then each kind's pages (decision 262).
        endpoints.MapGet("/sitemap.xml", async (PublicAddresses addresses, IOptions<NotificationOptions> site, HttpContext context,
            CancellationToken cancellationToken) =>
        {
            var pages = await addresses.PagesAsync(cancellationToken);
            var baseUrl = BaseUrl(site);
            await WriteAsync(context, "sitemapindex", async xml =>
            {
                await LocationAsync(xml, "sitemap", $"{baseUrl}/sitemaps/pages.xml", null);
                foreach (var (kind, count) in pages.OrderBy(p => p.Key))
                    for (var page = 1; page <= count; page++)
                        await LocationAsync(xml, "sitemap", $"{baseUrl}/sitemaps/{KindNames[kind]}-{page}.xml", null);
            });
        }).ExcludeFromDescription();

        endpoints.MapGet("/sitemaps/pages.xml", (IOptions<NotificationOptions> site, HttpContext context) =>
            WriteAsync(context, "urlset", async xml =>
            {
                foreach (var path in FixedPages) await LocationAsync(xml, "url", BaseUrl(site) + path, null);
            }))
            .CacheOutput(policy => policy.Expire(PublicAddresses.Lifetime))
            .ExcludeFromDescription();

        endpoints.MapGet("/sitemaps/{kind}-{page:int}.xml", async (string kind, int page, PublicAddresses addresses,
            IOptions<NotificationOptions> site, HttpContext context, CancellationToken cancellationToken) =>
        {
            if (KindNames.FirstOrDefault(k => k.Value == kind) is not { Value: not null } named) return Results.NotFound();
            var listed = await addresses.PageAsync(named.Key, page, cancellationToken);
            if (listed.Count == 0 && page != 1) return Results.NotFound();
            var baseUrl = BaseUrl(site);
            await WriteAsync(context, "urlset", async xml =>
            {
                foreach (var address in listed) await LocationAsync(xml, "url", baseUrl + address.Path, address.UpdatedAt);
            });
            return Results.Empty;
        })
            // A page of ten thousand addresses is one query; kept as written for as long as the counts are.
            .CacheOutput(policy => policy.Expire(PublicAddresses.Lifetime))
            .ExcludeFromDescription();
        return endpoints;
    }

    private static string BaseUrl(IOptions<NotificationOptions> site) => site.Value.PublicBaseUrl.TrimEnd('/');

    /// <summary>A sitemap or an index: the protocol's root element, written as the answer with the kept lifetime.</summary>
    private static async Task WriteAsync(HttpContext context, string root, Func<XmlWriter, Task> entries)
    {
        context.Response.Headers.CacheControl = $"public, max-age={(int)PublicAddresses.Lifetime.TotalSeconds}";
        context.Response.ContentType = "application/xml; charset=utf-8";
        await using var xml = XmlWriter.Create(context.Response.Body, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, root, "http://www.sitemaps.org/schemas/sitemap/0.9");
        await entries(xml);
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    /// <summary>One <c>url</c> of a sitemap or one <c>sitemap</c> of the index.</summary>
    private static async Task LocationAsync(XmlWriter xml, string element, string location, DateTimeOffset? changed)
    {
        await xml.WriteStartElementAsync(null, element, null);
        await xml.WriteElementStringAsync(null, "loc", null, location);
        if (changed is { } at) await xml.WriteElementStringAsync(null, "lastmod", null, at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await xml.WriteEndElementAsync();
    }
}
