using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Marketplace;

/// <summary>
/// A listing's tags lead to the market's listings with that tag, which says so and takes it off again; a tag page shows
/// the first few and leads there too, and says nothing of the market for a tag nothing on sale carries, or for an address
/// that is no hashtag.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ATagLeadsToItsListings(E2EFixture app)
{
    [Fact]
    public async Task A_product_tag_opens_the_market_filtered_by_it_and_the_chip_takes_it_off()
    {
        var seller = await app.CreateSettledMemberAsync("tag_trail_seller");
        await app.CreateSettledMemberAsync("tag_trail_buyer");
        await app.Db.ScalarAsync<int>("""
            INSERT INTO products (seller_id, title, slug, price, is_free, status, is_approved, license_type, tags)
            VALUES ($1, 'Tag Trail Kit', 'tag-trail-kit', 20, false, 'active', true, 'commercial', ARRAY['tagtrail']),
                   ($1, 'Untagged Trail Kit', 'untagged-trail-kit', 20, false, 'active', true, 'commercial', '{}') RETURNING 1
            """, seller);
        var page = await app.SignedInPageAsync("tag_trail_buyer");

        await page.GotoAsync("/market/products/tag-trail-kit");
        // The chip is clicked on the product page's circuit, not while that circuit's first render replaces the page.
        await page.WaitForPageAsync();
        await page.GetByTestId("product-tag").Filter(new() { HasText = "#tagtrail" }).ClickAsync();

        await page.WaitForAddressAsync(url => url.EndsWith("/market?tag=tagtrail", StringComparison.Ordinal));
        // The market's chip is clicked once the market has drawn it in the circuit (the product page's own interactive
        // parts would satisfy a page-wide wait while the router is still rendering the market).
        await Expect(page.Locator(".pa-store")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(page.GetByTestId("market-tag")).ToContainTextAsync("#tagtrail");
        var cards = page.GetByTestId("storefront-cards").Locator("li");
        await Expect(cards).ToHaveCountAsync(1);
        await Expect(cards).ToContainTextAsync("Tag Trail Kit");

        await page.GetByTestId("market-tag").ClickAsync();
        await page.WaitForAddressAsync(url => url.EndsWith("/market", StringComparison.Ordinal));
        await Expect(page.GetByTestId("market-tag")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("storefront-cards").Locator("li").Filter(new() { HasText = "Untagged Trail Kit" })).ToHaveCountAsync(1);

        await page.GotoAsync("/tags/TagTrail");
        var shelf = page.GetByTestId("tag-listings");
        await Expect(shelf.GetByTestId("storefront-card")).ToHaveCountAsync(1);
        await Expect(shelf.GetByTestId("storefront-card")).ToContainTextAsync("Tag Trail Kit");
        await Expect(page.GetByTestId("tag-in-market")).ToHaveAttributeAsync("href", "/market?tag=tagtrail");

        // A tag nothing on sale carries leads nowhere in the market.
        await page.GotoAsync("/tags/untagged_trail");
        await Expect(page.Locator("h1")).ToHaveTextAsync("#untagged_trail");
        await Expect(page.GetByTestId("tag-listings")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("tag-in-market")).ToHaveCountAsync(0);

        // An address that is no hashtag at all is no tag page (the storefront once dropped it as a filter and listed everything).
        await page.GotoAsync("/tags/%F0%9F%98%80");
        await Expect(page.GetByTestId("not-found")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("tag-listings")).ToHaveCountAsync(0);
    }
}
