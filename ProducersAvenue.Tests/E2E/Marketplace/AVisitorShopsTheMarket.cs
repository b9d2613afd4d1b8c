using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Marketplace;

/// <summary>
/// The storefront in a real browser (decision 122): a signed-out visitor opens the market from the menu, searches, narrows
/// to free products, sees the address carry the filter (so back and shared links work), and opens a listing; the
/// storefront at phone width and in dark mode.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class AVisitorShopsTheMarket(E2EFixture app)
{
    private async Task ListAsync(string word)
    {
        var seller = await app.Db.CreateUserAsync($"{word.ToLowerInvariant()}_seller");
        await app.Db.ScalarAsync<int>($$"""
            INSERT INTO products (seller_id, title, slug, description, price, is_free, technical_details, license_type, genre_tags, tags, status)
            VALUES ($1, '{{word}} Trap Beat', '{{word.ToLowerInvariant()}}-trap-beat', 'Hard {{word.ToLowerInvariant()}} trap beat with glassy bells', 34.99, false, '{"bpm": 140, "key": "F minor"}', 'commercial', '{trap}', '{}', 'active'),
                   ($1, '{{word}} Keys Freebie', '{{word.ToLowerInvariant()}}-keys-freebie', 'Free lofi keys loops for your next trap flip', 0, true, '{"bpm": 82, "key": "C major"}', 'personal', '{lo-fi}', '{}', 'active'),
                   ($1, '{{word}} Draft Kit', '{{word.ToLowerInvariant()}}-draft-kit', 'Not on sale yet', 10, false, '{}', 'personal', '{}', '{}', 'draft')
            """, seller);
        await app.Db.ScalarAsync<int>($$"""
            INSERT INTO services (seller_id, title, slug, description, service_type, packages, genre_tags, status)
            VALUES ($1, '{{word}} trap mixdown', '{{word.ToLowerInvariant()}}-trap-mixdown', 'Your trap song mixed loud and clean', 'mixing',
                    '[{"name": "Basic", "price": 60, "delivery_days": 2, "revisions": 1, "features": []}]', '{trap}', 'active')
            """, seller);
        // Written behind the app's back: a market page another test left in the storefront's cache must not hide them.
        app.PublicContentChanged();
    }

    [Fact]
    public async Task A_visitor_searches_filters_and_opens_a_listing()
    {
        await ListAsync("Zephyrine");
        var page = await app.NewPageAsync();
        var shots = new Screenshots(page);
        // The landing page is static for a visitor (decision 143); the market, reached by enhanced navigation, starts a circuit.
        await page.GotoAsync("/");
        await page.ExpectStaticAsync();
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Market" }).ClickAsync();
        await page.WaitForAddressAsync(url => url.EndsWith("/market", StringComparison.Ordinal));

        var cards = page.GetByTestId("storefront-card");
        await Expect(cards.Filter(new() { HasText = "Zephyrine Trap Beat" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Zephyrine Draft Kit")).ToHaveCountAsync(0);
        await shots.TakeAsync("market");

        // The search box and the filters answer once the page is interactive.
        await Expect(page.Locator(".pa-store")).ToHaveAttributeAsync("data-interactive", "true");
        var search = page.GetByLabel("Search the market");
        await search.FillAsync("zephyrine");
        await search.PressAsync("Enter");
        // The search navigates inside the circuit (no page load to wait for): poll the address.
        await Expect(page).ToHaveURLAsync(new Regex("[?&]q=zephyrine"), new() { Timeout = 20_000 });
        await Expect(cards).ToHaveCountAsync(3);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Results for “zephyrine”" })).ToBeVisibleAsync();

        // The panel opens on the server; the switch is touched only once it is on screen and the results are idle.
        await page.GetByText("Filters and sort").ClickAsync();
        var freeOnly = page.GetByLabel("Free only");
        await Expect(freeOnly).ToBeVisibleAsync();
        await Expect(page.Locator("section[aria-busy=false]")).ToHaveCountAsync(1);
        await freeOnly.CheckAsync();
        await Expect(page).ToHaveURLAsync(new Regex("[?&]free=1"), new() { Timeout = 20_000 });
        await Expect(cards).ToHaveCountAsync(1);
        await Expect(cards.First).ToContainTextAsync("Zephyrine Keys Freebie");
        await Expect(cards.First).ToContainTextAsync("Free");
        await shots.TakeAsync("free-zephyrine");

        await page.GoBackAsync();
        await Expect(cards).ToHaveCountAsync(3);

        await cards.Filter(new() { HasText = "Zephyrine Trap Beat" }).ClickAsync();
        await page.WaitForAddressAsync(url => url.EndsWith("/market/products/zephyrine-trap-beat", StringComparison.Ordinal));
        await Expect(page.GetByTestId("product-title")).ToHaveTextAsync("Zephyrine Trap Beat");
    }

    [Fact]
    public async Task A_search_for_a_sellers_name_leads_to_their_shop()
    {
        var seller = await app.Db.CreateUserAsync("marisol_vega");
        await app.Db.ScalarAsync<int>("UPDATE user_profiles SET display_name = 'Marisol Vega' WHERE user_id = $1 RETURNING 1", seller);
        await app.Db.ScalarAsync<int>("""
            INSERT INTO products (seller_id, title, slug, price, status) VALUES
                ($1, 'Velvet Rain Drums', 'velvet-rain-drums', 15, 'active'), ($1, 'Copper Keys', 'copper-keys', 9, 'active')
            RETURNING 1
            """, seller);
        app.PublicContentChanged();
        foreach (var (width, dark) in new[] { (1280, false), (390, true) })
        {
            var page = await app.NewPageAsync(width, dark);
            var shots = new Screenshots(page);

            await page.GotoAsync("/market?q=marisol");

            var shop = page.GetByTestId("market-seller");
            await Expect(shop).ToContainTextAsync("Marisol Vega");
            await Expect(shop).ToContainTextAsync("@marisol_vega · 2 products");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "No listing mentions “marisol”" })).ToBeVisibleAsync();
            var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
            Assert.False(overflow, "the market scrolls sideways");
            await shots.TakeAsync(dark ? "seller-found-phone-dark" : "seller-found-desktop-light");

            await shop.ClickAsync();
            await page.WaitForAddressAsync(url => url.EndsWith("/u/marisol_vega?tab=products", StringComparison.Ordinal));
            await Expect(page.GetByText("Velvet Rain Drums")).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task The_market_reads_well_on_a_phone_and_in_the_dark()
    {
        await ListAsync("Quillon");
        var page = await app.NewPageAsync(width: 390, dark: true);
        var shots = new Screenshots(page);

        await page.GotoAsync("/market?kind=services");
        await Expect(page.Locator(".pa-store")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(page.GetByTestId("storefront-card").Filter(new() { HasText = "Quillon trap mixdown" })).ToBeVisibleAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Services" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Services" }).And(page.Locator("[aria-current=page]"))).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
        Assert.False(overflow, "the market scrolls sideways on a phone");
        await shots.TakeAsync("phone-dark");

        // The kinds of product are one row that scrolls sideways; opened on one far along it, the row shows it.
        await page.GotoAsync("/market?kind=products&type=projectfile");
        await Expect(page.Locator(".pa-store")).ToHaveAttributeAsync("data-interactive", "true");
        var row = page.GetByRole(AriaRole.Navigation, new() { Name = "Kind of product" });
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = "Project files" })).ToHaveAttributeAsync("aria-current", "page");
        await page.WaitForFunctionAsync(ShowsItsCurrentKind, null, new() { Timeout = 10_000 });
        await Expect(page).ToHaveTitleAsync("Project files · Market · Producers Avenue");
    }

    /// <summary>The kinds' row scrolls sideways and its current link is inside the row's visible part.</summary>
    private const string ShowsItsCurrentKind = """
        () => {
          const row = document.querySelector('[data-testid=market-product-kinds]');
          const link = row?.querySelector('[aria-current=page]');
          if (!row || !link) return false;
          const r = row.getBoundingClientRect(), l = link.getBoundingClientRect();
          return row.scrollWidth > row.clientWidth && l.left >= r.left && l.right <= r.right;
        }
        """;
}
