using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Marketplace;

/// <summary>
/// "Show more" in the market writes how many pages are shown into the address, so a member who opens a listing from
/// further down and comes Back finds the list as long as they left it, scrolled where they left it; as a link to that
/// longer list, it works before the page's circuit has started.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class TheMarketReopensAsLongAsItWasLeft(E2EFixture app)
{
    [Fact]
    public async Task Show_more_is_kept_in_the_address_and_Back_reopens_the_longer_list_where_it_was_left()
    {
        var seller = await app.CreateSettledMemberAsync("pages_trail_seller");
        await app.CreateSettledMemberAsync("pages_trail_buyer");
        await app.Db.ScalarAsync<int>("""
            INSERT INTO products (seller_id, title, slug, price, is_free, status, is_approved, license_type, tags, created_at)
            SELECT $1, 'Pages Trail Kit ' || g, 'pages-trail-kit-' || g, 10, false, 'active', true, 'personal', ARRAY['pagestrail'],
                   now() - g * interval '1 minute'
            FROM generate_series(1, 30) g RETURNING 1
            """, seller);
        var page = await app.SignedInPageAsync("pages_trail_buyer");
        var cards = page.GetByTestId("storefront-card");

        await page.GotoAsync("/market?tag=pagestrail&sort=newest");
        await page.WaitForPageAsync();
        await Expect(cards).ToHaveCountAsync(24);
        await page.GetByTestId("market-more").ClickAsync();

        await Expect(cards).ToHaveCountAsync(30);
        await page.WaitForAddressAsync(url => url.EndsWith("/market?tag=pagestrail&sort=newest&pages=2", StringComparison.Ordinal));
        var last = cards.Filter(new() { HasText = "Pages Trail Kit 30" });
        await last.ScrollIntoViewIfNeededAsync();
        var left = await page.EvaluateAsync<int>("() => Math.round(scrollY)");
        Assert.True(left > 0, "the last card is below the first screen");
        await last.ClickAsync();
        await page.WaitForAddressAsync(url => url.EndsWith("/market/products/pages-trail-kit-30", StringComparison.Ordinal));
        // Back from the listing once it is drawn, not while the router is still rendering it.
        await Expect(page.GetByTestId("product-title")).ToHaveTextAsync("Pages Trail Kit 30");

        await page.GoBackAsync();
        await page.WaitForAddressAsync(url => url.EndsWith("pages=2", StringComparison.Ordinal));
        try
        {
            await Expect(cards).ToHaveCountAsync(30);
        }
        catch
        {
            // Seen a few times in full runs and never alone: what the page showed instead, beside the app's errors
            // (artifacts/server-errors), for whoever reads the failure.
            await new Screenshots(page).TakeAsync("back-without-the-cards");
            throw;
        }
        await Expect(page.GetByTestId("market-more")).ToHaveCountAsync(0);
        // Where the member was, not the top of the list (MainLayout.razor.js keeps each address's position).
        await Expect(last).ToBeInViewportAsync();
        Assert.InRange(await page.EvaluateAsync<int>("() => Math.round(scrollY)"), left - 2, left + 2);
    }

    [Fact]
    public async Task Show_more_before_the_circuit_starts_opens_the_longer_list()
    {
        var seller = await app.CreateSettledMemberAsync("early_more_seller");
        await app.Db.ScalarAsync<int>("""
            INSERT INTO products (seller_id, title, slug, price, is_free, status, is_approved, license_type, tags, created_at)
            SELECT $1, 'Early More Kit ' || g, 'early-more-kit-' || g, 10, false, 'active', true, 'personal', ARRAY['earlymore'],
                   now() - g * interval '1 minute'
            FROM generate_series(1, 27) g RETURNING 1
            """, seller);
        var page = await app.NewPageAsync();
        // The circuit's negotiation never answers: the page stays as prerendered, with no click handler behind it.
        await page.HoldCircuitsAsync();
        var cards = page.GetByTestId("storefront-card");

        await page.GotoAsync("/market?tag=earlymore&sort=newest");
        await Expect(cards).ToHaveCountAsync(24);
        await page.GetByTestId("market-more").ClickAsync();

        await page.WaitForAddressAsync(url => url.EndsWith("/market?tag=earlymore&sort=newest&pages=2", StringComparison.Ordinal));
        await Expect(cards).ToHaveCountAsync(27);
        await Expect(page.GetByText("Early More Kit 27")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("market-more")).ToHaveCountAsync(0);
    }
}
