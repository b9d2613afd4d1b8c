using System.Net;
using System.Xml.Linq;
using ProducersAvenue.Tests.Integration.Accounts;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Hosting;

/// <summary>
/// Decisions 260 and 262: <c>/robots.txt</c> leaves crawlers the public pages and keeps members' own pages, forms and
/// files out; <c>/sitemap.xml</c> is an index of sitemaps that list the public pages, listings on sale and public
/// profiles — nothing a visitor may not read — on the configured base address, each kind cut into pages.
/// </summary>
public sealed class CrawlersFindThePublicPages : WebAppTest
{
    private const string Site = "https://avenue.example";
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Sitemaps of two addresses, so that a few rows fill several.</summary>
    private const int PageSize = 2;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Notifications:PublicBaseUrl"] = Site,
        ["Sitemap:PageSize"] = PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A signed-out visitor's request, at a host the caller chose: no address in the answer may come from there.</summary>
    private async Task<HttpResponseMessage> GetAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var visitor = FormClient.For(App, "http://attacker.example");
        var response = await visitor.Http.GetAsync(path);
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode}");
        return response;
    }

    /// <summary>An XML answer's document, checked to be XML.</summary>
    private async Task<XDocument> XmlAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The sitemaps the index names, as paths on this app (every one on the configured base).</summary>
    private async Task<IReadOnlyList<string>> SitemapsAsync()
    {
        var index = await XmlAsync("/sitemap.xml");
        Assert.Equal(Sitemaps + "sitemapindex", index.Root!.Name);
        var named = index.Root.Elements(Sitemaps + "sitemap").Select(map => map.Element(Sitemaps + "loc")!.Value).ToList();
        Assert.All(named, address => Assert.StartsWith(Site + "/sitemaps/", address));
        return [.. named.Select(address => address[Site.Length..])];
    }

    /// <summary>Each sitemap's addresses, in the index's order.</summary>
    private async Task<IReadOnlyList<(string Sitemap, IReadOnlyList<XElement> Urls)>> SitemapContentsAsync()
    {
        var contents = new List<(string, IReadOnlyList<XElement>)>();
        foreach (var sitemap in await SitemapsAsync())
        {
            var document = await XmlAsync(sitemap);
            Assert.Equal(Sitemaps + "urlset", document.Root!.Name);
            var urls = document.Root.Elements(Sitemaps + "url").ToList();
            Assert.InRange(urls.Count, sitemap == "/sitemaps/pages.xml" ? 1 : 0, sitemap == "/sitemaps/pages.xml" ? 50 : PageSize);
            contents.Add((sitemap, urls));
        }
        return contents;
    }

    private static string Location(XElement url) => url.Element(Sitemaps + "loc")!.Value;

    private async Task<Guid> MemberAsync(string username, string visibility = "public", bool banned = false)
    {
        var member = await App.CreateMemberAsync(username);
        await Db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = $2, is_banned = $3 WHERE user_id = $1", member.Id, visibility, banned);
        return member.Id;
    }

    [Fact]
    public async Task Robots_txt_keeps_crawlers_from_members_own_pages_leaves_the_public_ones_and_names_the_sitemap()
    {
        using var response = await GetAsync("/robots.txt");

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.TrimEntries);
        var rules = lines.Where(line => line.StartsWith("Disallow:", StringComparison.Ordinal)).Select(line => line["Disallow:".Length..].Trim()).ToList();
        foreach (var own in new[] { "/wallet", "/messages", "/settings/profile", "/Account/Login", "/files/private/x", "/admin/users", "/checkout/pay/x" })
            Assert.Contains(rules, rule => own.StartsWith(rule, StringComparison.Ordinal));
        foreach (var open in new[] { "/", "/explore", "/market", "/market/products/a-beat", "/mentors", "/u/nova_beats", "/tags/trap", "/files/products/x.webp" })
            Assert.DoesNotContain(rules, rule => rule.Length > 0 && open.StartsWith(rule, StringComparison.Ordinal));
        Assert.Contains($"Sitemap: {Site}/sitemap.xml", lines);
    }

    [Fact]
    public async Task The_sitemap_lists_what_visitors_may_read_and_nothing_else_on_the_configured_address()
    {
        var seller = await MemberAsync("map_seller");
        var banned = await MemberAsync("map_banned", banned: true);
        var membersOnly = await MemberAsync("map_members_only", visibility: "members_only");
        var hidden = await MemberAsync("map_private", visibility: "private");
        await Db.ExecuteAsync("""
            INSERT INTO products (seller_id, title, slug, price, status, is_approved, tags) VALUES
              ($1, 'On sale', 'map-on-sale', 10, 'active', true, ARRAY['maptrap']),
              ($1, 'A draft', 'map-draft', 10, 'draft', true, ARRAY['mapdraft']),
              ($1, 'Not approved', 'map-unapproved', 10, 'active', false, '{}'),
              ($2, 'Banned sellers', 'map-banned-product', 10, 'active', true, '{}')
            """, seller, banned);
        await Db.ExecuteAsync("""
            INSERT INTO services (seller_id, title, slug, service_type, status) VALUES
              ($1, 'Mixing', 'map-mixing', 'mixing', 'active'), ($1, 'Paused mixing', 'map-paused', 'mixing', 'paused')
            """, seller);

        // A tag is listed when a visitor sees something on its page: a public post or a listing on sale carries it.
        await Db.ExecuteAsync("""
            INSERT INTO posts (user_id, content, post_type) VALUES
              ($1, 'Out now #mappublic', 'text'), ($2, 'For members #mapmembers', 'text'), ($3, 'Just us #mapprivate', 'text')
            """, seller, membersOnly, hidden);
        await Db.ExecuteAsync("""
            INSERT INTO tags (name, slug, usage_count) VALUES ('MapTrap', 'maptrap', 3), ('MapGone', 'mapgone', 0), ('MapDraft', 'mapdraft', 1)
            ON CONFLICT (slug) DO UPDATE SET usage_count = excluded.usage_count
            """);

        var contents = await SitemapContentsAsync();

        var all = contents.SelectMany(c => c.Urls).ToList();
        var listed = all.Select(Location).ToList();
        Assert.All(listed, address => Assert.StartsWith(Site + "/", address));
        Assert.Contains($"{Site}/", listed);
        Assert.Contains($"{Site}/market", listed);
        Assert.Contains($"{Site}/market/products/map-on-sale", listed);
        Assert.Contains($"{Site}/market/services/map-mixing", listed);
        Assert.Contains($"{Site}/u/map_seller", listed);
        Assert.Contains($"{Site}/tags/maptrap", listed);
        Assert.Contains($"{Site}/tags/mappublic", listed);
        foreach (var unlisted in new[] { "/tags/mapgone", "/tags/mapdraft", "/tags/mapmembers", "/tags/mapprivate", "/market/products/map-draft", "/market/products/map-unapproved", "/market/products/map-banned-product",
                     "/market/services/map-paused", "/u/map_banned", "/u/map_members_only", "/u/map_private" })
            Assert.DoesNotContain(Site + unlisted, listed);
        Assert.Equal(listed.Count, listed.Distinct().Count());
        var onSale = all.Single(url => Location(url).EndsWith("/map-on-sale", StringComparison.Ordinal));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", onSale.Element(Sitemaps + "lastmod")!.Value);
    }

    [Fact]
    public async Task Each_kind_is_cut_into_sitemaps_of_the_page_size_that_together_list_every_address_once()
    {
        var seller = await MemberAsync("cut_seller");
        await Db.ExecuteAsync("""
            INSERT INTO products (seller_id, title, slug, price, status, is_approved)
            SELECT $1, 'Cut ' || n, 'cut-' || n, 10, 'active', true FROM generate_series(1, 5) AS n
            """, seller);

        var contents = await SitemapContentsAsync();

        var products = contents.Where(c => c.Sitemap.StartsWith("/sitemaps/products-", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { "/sitemaps/products-1.xml", "/sitemaps/products-2.xml", "/sitemaps/products-3.xml" }, products.Select(p => p.Sitemap));
        var listed = products.SelectMany(p => p.Urls).Select(Location).ToList();
        Assert.Equal(Enumerable.Range(1, 5).Select(n => $"{Site}/market/products/cut-{n}").Order(), listed.Order());
        Assert.Equal(new[] { PageSize, PageSize, 1 }, products.Select(p => p.Urls.Count));
        // No services yet: the kind still has its one, empty, sitemap; a page past the last is not found.
        Assert.Empty(Assert.Single(contents, c => c.Sitemap.StartsWith("/sitemaps/services-", StringComparison.Ordinal)).Urls);
        (await GetAsync("/sitemaps/products-4.xml", HttpStatusCode.NotFound)).Dispose();
        (await GetAsync("/sitemaps/products-0.xml", HttpStatusCode.NotFound)).Dispose();
        (await GetAsync("/sitemaps/secrets-1.xml", HttpStatusCode.NotFound)).Dispose();
    }
}
