using System.Net;
using ProducersAvenue.Tests.Integration.Accounts;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Hosting;

/// <summary>
/// A visitor's landing page shows, under its hero, the listings featured in the market (and nothing of the market when
/// none is); a member's home is their feed, without the shelf.
/// </summary>
public sealed class TheLandingPageShowsWhatIsFeatured : WebAppTest
{
    private async Task<string> LandingAsync(FormClient client)
    {
        using var response = await client.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task ListAsync(Guid seller, string title, bool featured) => await Db.ExecuteAsync("""
        INSERT INTO products (seller_id, title, slug, price, is_free, license_type, status, is_approved, is_featured)
        VALUES ($1, $2, lower(replace($2, ' ', '-')), 12, false, 'personal', 'active', true, $3)
        """, seller, title, featured);

    [Fact]
    public async Task Visitors_see_the_featured_listings_and_members_their_feed()
    {
        var seller = await App.CreateMemberAsync("landing_seller");
        await ListAsync(seller.Id, "Landing Shelf Kit", featured: true);
        await ListAsync(seller.Id, "Landing Plain Kit", featured: false);
        await App.CreateMemberAsync("landing_member");
        using var visitor = FormClient.For(App);
        using var member = FormClient.For(App);
        await member.SignInAsync("landing_member");

        var visitorsPage = await LandingAsync(visitor);
        var membersPage = await LandingAsync(member);

        Assert.Contains("Featured in the market", visitorsPage);
        Assert.Contains("Landing Shelf Kit", visitorsPage);
        Assert.DoesNotContain("Landing Plain Kit", visitorsPage);
        Assert.DoesNotContain("Featured in the market", membersPage);
    }

    [Fact]
    public async Task With_nothing_featured_the_landing_page_says_nothing_of_the_market()
    {
        var seller = await App.CreateMemberAsync("landing_quiet");
        await ListAsync(seller.Id, "Landing Quiet Kit", featured: false);
        using var visitor = FormClient.For(App);

        var page = await LandingAsync(visitor);

        Assert.Contains("Sell what you make", page);
        Assert.DoesNotContain("Featured in the market", page);
    }
}
