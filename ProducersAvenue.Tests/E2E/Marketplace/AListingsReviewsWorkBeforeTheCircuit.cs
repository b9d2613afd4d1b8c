using Microsoft.Playwright;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Marketplace.Reviews;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Integration.Marketplace.Reviews;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Marketplace;

/// <summary>
/// A listing's reviews can be reordered and lengthened on a page whose circuit has not started (a slow phone, a click in
/// the first second): "Most helpful" and "Show more" are links to the page so ordered and one page longer.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class AListingsReviewsWorkBeforeTheCircuit(E2EFixture app)
{
    [Fact]
    public async Task Most_helpful_and_show_more_are_followed_as_links()
    {
        var seller = await app.Db.CreateUserAsync("early_reviews_seller");
        var product = await app.Db.ProductAsync(seller, "Early Reviews Kit");
        var reviews = new List<Guid>();
        for (var i = 0; i < ReviewQueries.PageSize + 2; i++)
        {
            var fan = await app.Db.CreateUserAsync($"early_reviews_fan_{i}");
            await app.Db.GotAsync(fan, product);
            reviews.Add(await app.Db.ReviewedAsync(fan, ReviewableType.Product, product, 5, $"Early review {i}"));
        }
        await app.Db.ExecuteAsync("UPDATE reviews SET helpful_count = 4 WHERE id = $1", reviews[0]);
        var slug = await app.Db.ScalarAsync<string>("SELECT slug FROM products WHERE id = $1", product);

        var page = await app.NewPageAsync();
        // The circuit's negotiation never answers: the page stays as prerendered, with no click handler behind it.
        await page.HoldCircuitsAsync();
        var shown = page.GetByTestId("review");
        await page.GotoAsync($"/market/products/{slug}");
        await Expect(shown).ToHaveCountAsync(ReviewQueries.PageSize);
        await Expect(shown.First).ToContainTextAsync($"Early review {ReviewQueries.PageSize + 1}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Most helpful" }).ClickAsync();

        await page.WaitForAddressAsync(url => url.EndsWith($"/market/products/{slug}?reviews=helpful#reviews", StringComparison.Ordinal));
        await Expect(shown.First).ToContainTextAsync("Early review 0");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Most helpful" })).ToHaveAttributeAsync("aria-current", "true");

        await page.GetByTestId("reviews-more").ClickAsync();

        await page.WaitForAddressAsync(url => url.EndsWith("?reviews=helpful&review_pages=2#reviews", StringComparison.Ordinal));
        await Expect(shown).ToHaveCountAsync(ReviewQueries.PageSize + 2);
        await Expect(shown.First).ToContainTextAsync("Early review 0");
        await Expect(page.GetByTestId("reviews-more")).ToHaveCountAsync(0);
    }
}
