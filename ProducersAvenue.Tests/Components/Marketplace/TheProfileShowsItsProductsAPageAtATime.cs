using Bunit;
using MudBlazor;
using ProducersAvenue.Domain;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Marketplace.Components;

namespace ProducersAvenue.Tests.Components.Marketplace;

/// <summary>
/// Issue 9 and 10: a profile's overview draws the seller's eight newest listings (each card carries a waveform player)
/// and links to the Products tab when there are more; the Products tab shows every listing, a page at a time, however
/// many the seller has. On real PostgreSQL.
/// </summary>
public sealed class TheProfileShowsItsProductsAPageAtATime : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _seller;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("shelf_seller");
        this.UseDomain(_db, CurrentUser.Anonymous(), new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    /// <summary><paramref name="count"/> listings on sale, "Shelf listing 1" the oldest.</summary>
    private async Task ListAsync(int count)
    {
        for (var n = 1; n <= count; n++)
            await _db.ScalarAsync<int>(
                "INSERT INTO products (id, seller_id, title, slug, price, status, created_at) VALUES ($1, $2, $3, $4, 10, 'active', $5) RETURNING 1",
                Guid.CreateVersion7(), _seller, $"Shelf listing {n}", $"shelf-listing-{n}", new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc).AddMinutes(n));
    }

    private static IEnumerable<string> Newest(int from, int count) => Enumerable.Range(from, count).Reverse().Select(n => $"Shelf listing {n}");

    private static string[] Titles(IRenderedComponent<ProfileProducts> cut) =>
        cut.FindAll(".pa-product-title").Select(t => t.TextContent).ToArray();

    private IRenderedComponent<ProfileProducts> Render(bool paged) =>
        Render<ProfileProducts>(p => p.Add(x => x.UserId, _seller).Add(x => x.Username, "shelf_seller").Add(x => x.Paged, paged));

    [Fact]
    public async Task The_overview_shows_the_eight_newest_of_eleven_and_links_to_the_products_tab()
    {
        await ListAsync(11);

        var cut = Render<ProfileProducts>(p => p.Add(x => x.UserId, _seller).Add(x => x.Username, "shelf_seller").Add(x => x.Total, 11));

        cut.WaitForAssertion(() => Assert.Equal(Newest(4, 8), Titles(cut)));
        var link = cut.Find("[data-testid=profile-products-more]");
        Assert.Equal("/u/shelf_seller?tab=products", link.GetAttribute("href"));
        Assert.Equal("See all 11 products", link.TextContent);
    }

    [Fact]
    public async Task The_overview_shows_eight_listings_without_a_link()
    {
        await ListAsync(8);

        var cut = Render(paged: false);

        cut.WaitForAssertion(() => Assert.Equal(8, Titles(cut).Length));
        Assert.Empty(cut.FindAll("[data-testid=profile-products-more]"));
    }

    [Fact]
    public async Task The_products_tab_shows_fifty_listings_in_pages_of_twenty_four()
    {
        await ListAsync(50);
        Render<MudPopoverProvider>();

        var cut = Render(paged: true);

        cut.WaitForAssertion(() => Assert.Equal(Newest(27, 24), Titles(cut)));
        cut.Find("[data-testid=profile-products-more]").Click();
        cut.WaitForAssertion(() => Assert.Equal(Newest(3, 48), Titles(cut)));
        cut.Find("[data-testid=profile-products-more]").Click();
        cut.WaitForAssertion(() => Assert.Equal(Newest(1, 50), Titles(cut)));
        Assert.Empty(cut.FindAll("[data-testid=profile-products-more]"));
    }

    [Fact]
    public void The_products_tab_of_a_member_with_none_says_so()
    {
        var cut = Render(paged: true);

        cut.WaitForAssertion(() => Assert.Contains("No products on sale yet.", cut.Markup));
        Assert.Empty(Titles(cut));
    }

    [Fact]
    public void A_member_with_nothing_on_sale_sees_how_to_list_on_their_own_overview_and_a_visitor_sees_no_section()
    {
        var own = Render<ProfileProducts>(p => p.Add(x => x.UserId, _seller).Add(x => x.Username, "shelf_seller").Add(x => x.IsOwner, true));
        var visitors = Render(paged: false);

        own.WaitForAssertion(() => Assert.Contains("once published, it shows here", own.Markup));
        Assert.Equal("/sell/products/new", own.Find("a[href='/sell/products/new']").GetAttribute("href"));
        // The second render is the one after the listings were read.
        visitors.WaitForState(() => visitors.RenderCount >= 2);
        Assert.Empty(visitors.FindAll("[data-testid=profile-products]"));
        Assert.DoesNotContain("/sell/products/new", visitors.Markup);
    }
}
