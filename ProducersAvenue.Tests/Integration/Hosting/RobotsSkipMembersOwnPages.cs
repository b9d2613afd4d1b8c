using System.Net;
using ProducersAvenue.Tests.Integration.Accounts;

namespace ProducersAvenue.Tests.Integration.Hosting;

/// <summary><c>/robots.txt</c> leaves the public pages to crawlers and keeps members' own pages, forms and files out.</summary>
public sealed class RobotsSkipMembersOwnPages : WebAppTest
{
    [Fact]
    public async Task Robots_txt_keeps_crawlers_from_members_own_pages_and_leaves_the_public_ones()
    {
        using var visitor = FormClient.For(App);

        using var response = await visitor.Http.GetAsync("/robots.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var rules = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("Disallow:", StringComparison.Ordinal)).Select(line => line["Disallow:".Length..].Trim()).ToList();
        foreach (var own in new[] { "/wallet", "/messages", "/settings/profile", "/Account/Login", "/files/private/x", "/admin/users", "/checkout/pay/x" })
            Assert.Contains(rules, rule => own.StartsWith(rule, StringComparison.Ordinal));
        foreach (var open in new[] { "/", "/explore", "/market", "/market/products/a-beat", "/mentors", "/u/nova_beats", "/tags/trap", "/files/products/x.webp" })
            Assert.DoesNotContain(rules, rule => rule.Length > 0 && open.StartsWith(rule, StringComparison.Ordinal));
    }
}
