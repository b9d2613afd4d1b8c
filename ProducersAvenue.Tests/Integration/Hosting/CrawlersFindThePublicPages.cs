using System.Net;
using System.Xml.Linq;
using ProducersAvenue.Tests.Integration.Accounts;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Hosting;

/// <summary>
/// Decision 260: <c>/robots.txt</c> leaves crawlers the public pages and keeps members' own pages, forms and files out;
/// <c>/sitemap.xml</c> lists the public pages, listings on sale and public profiles — nothing a visitor may not read — on
/// the configured base address.
/// </summary>
public sealed class CrawlersFindThePublicPages : WebAppTest
{
    private const string Site = "https://avenue.example";
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Notifications:PublicBaseUrl"] = Site };

    /// <summary>A signed-out visitor's request, at a host the caller chose: no address in the answer may come from there.</summary>
    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var visitor = FormClient.For(App, "http://attacker.example");
        var response = await visitor.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

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
        await MemberAsync("map_members_only", visibility: "members_only");
        await MemberAsync("map_private", visibility: "private");
        await Db.ExecuteAsync("""
            INSERT INTO products (seller_id, title, slug, price, status, is_approved) VALUES
              ($1, 'On sale', 'map-on-sale', 10, 'active', true),
              ($1, 'A draft', 'map-draft', 10, 'draft', true),
              ($1, 'Not approved', 'map-unapproved', 10, 'active', false),
              ($2, 'Banned sellers', 'map-banned-product', 10, 'active', true)
            """, seller, banned);
        await Db.ExecuteAsync("""
            INSERT INTO services (seller_id, title, slug, service_type, status) VALUES
              ($1, 'Mixing', 'map-mixing', 'mixing', 'active'), ($1, 'Paused mixing', 'map-paused', 'mixing', 'paused')
            """, seller);

        using var response = await GetAsync("/sitemap.xml");

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Sitemaps + "urlset", sitemap.Root!.Name);
        var listed = sitemap.Root.Elements(Sitemaps + "url").Select(url => url.Element(Sitemaps + "loc")!.Value).ToList();
        Assert.All(listed, address => Assert.StartsWith(Site + "/", address));
        Assert.Contains($"{Site}/", listed);
        Assert.Contains($"{Site}/market", listed);
        Assert.Contains($"{Site}/market/products/map-on-sale", listed);
        Assert.Contains($"{Site}/market/services/map-mixing", listed);
        Assert.Contains($"{Site}/u/map_seller", listed);
        foreach (var hidden in new[] { "/market/products/map-draft", "/market/products/map-unapproved", "/market/products/map-banned-product",
                     "/market/services/map-paused", "/u/map_banned", "/u/map_members_only", "/u/map_private" })
            Assert.DoesNotContain(Site + hidden, listed);
        Assert.Equal(listed.Count, listed.Distinct().Count());
        var onSale = sitemap.Root.Elements(Sitemaps + "url").Single(url => url.Element(Sitemaps + "loc")!.Value.EndsWith("/map-on-sale", StringComparison.Ordinal));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", onSale.Element(Sitemaps + "lastmod")!.Value);
    }
}
