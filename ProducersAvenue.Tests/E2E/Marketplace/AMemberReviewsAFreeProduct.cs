using Microsoft.Playwright;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Marketplace;

/// <summary>
/// A member gets a free product, rates it with the keyboard, writes a review and sees it on the page marked "Verified
/// purchase"; the seller responds under it; a visitor sees the average, the bars and the response. Screenshots of the
/// reviews, desktop and phone, light and dark.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class AMemberReviewsAFreeProduct(E2EFixture app)
{
    [Fact]
    public async Task A_member_who_got_a_free_product_reviews_it_and_the_seller_responds()
    {
        var seller = await app.CreateWithPasswordAsync("tape_maker", UserRole.Member);
        await app.CreateWithPasswordAsync("tape_fan", UserRole.Member);
        await app.Db.ExecuteAsync("""
            INSERT INTO products (seller_id, title, slug, price, is_free, status, license_type, description)
            VALUES ($1, 'Beat Tape Vol. 2', 'beat-tape-vol-2', 0, true, 'active', 'personal', 'Six dusty loops.')
            """, seller);
        const string url = "/market/products/beat-tape-vol-2";

        var page = await app.NewPageAsync();
        var shots = new Screenshots(page);
        await page.SignInAsync("tape_fan");
        await page.GotoAsync(url);
        await Expect(page.GetByTestId("get-it-free")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(page.GetByTestId("reviews-not-verified")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "No reviews yet" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("product-rating")).ToHaveTextAsync("No reviews yet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Get it free" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "In your library" })).ToBeVisibleAsync();

        // Owning it opens the review form at once, without a reload.
        await Expect(page.GetByTestId("reviews-not-verified")).ToHaveCountAsync(0);
        var form = page.GetByTestId("review-form");
        await Expect(form).ToBeVisibleAsync();
        // The stars are a radio group: Space picks the focused star, the arrow keys move the choice.
        await form.GetByRole(AriaRole.Radio, new() { Name = "1 star", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        for (var i = 0; i < 3; i++) await page.Keyboard.PressAsync("ArrowRight");
        await Expect(form.GetByRole(AriaRole.Radio, new() { Name = "4 stars", Exact = true })).ToBeCheckedAsync();
        await form.GetByLabel("Your review (optional)").FillAsync("Warm loops, **great** for sketching ideas.");
        await shots.TakeAsync("review-typed");
        await form.GetByRole(AriaRole.Button, new() { Name = "Post review" }).ClickAsync();

        var review = page.GetByTestId("review");
        await Expect(review).ToHaveCountAsync(1);
        await Expect(review).ToContainTextAsync("Warm loops, great for sketching ideas.");
        await Expect(review.GetByTestId("verified-purchase")).ToHaveTextAsync("✓ Verified purchase");
        await Expect(review.GetByRole(AriaRole.Img, new() { Name = "4 out of 5 stars" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("review-form")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("reviews-average")).ToHaveTextAsync("4.0");
        // Beside the price too, without a reload.
        await Expect(page.GetByTestId("product-rating")).ToHaveTextAsync("★ 4.0 (1 review)");
        await shots.TakeAsync("reviewed");
        Assert.Equal(1, await app.Db.ScalarAsync<int>("SELECT reviews_count FROM products WHERE slug = 'beat-tape-vol-2'"));

        var sellerPage = await app.NewPageAsync();
        await sellerPage.SignInAsync("tape_maker");
        await sellerPage.GotoAsync(url);
        await Expect(sellerPage.GetByTestId("reviews")).ToHaveAttributeAsync("data-interactive", "true");
        await sellerPage.GetByTestId("review").GetByRole(AriaRole.Button, new() { Name = "Respond" }).ClickAsync();
        await sellerPage.GetByLabel("Your response").FillAsync("Thank you! Volume 3 is on its way.");
        await sellerPage.GetByRole(AriaRole.Button, new() { Name = "Post response" }).ClickAsync();
        await Expect(sellerPage.GetByTestId("seller-response")).ToContainTextAsync("Thank you! Volume 3 is on its way.");
        await Expect(sellerPage.GetByRole(AriaRole.Button, new() { Name = "Respond" })).ToHaveCountAsync(0);
        await sellerPage.Context.CloseAsync();

        foreach (var (width, dark, name) in new[] { (1280, false, "desktop-light"), (1280, true, "desktop-dark"), (390, false, "phone-light"), (390, true, "phone-dark") })
        {
            var visitor = await app.NewPageAsync(width, dark);
            var visitorShots = new Screenshots(visitor, $"{nameof(A_member_who_got_a_free_product_reviews_it_and_the_seller_responds)}-{name}");
            await visitor.GotoAsync(url + "#reviews");
            await Expect(visitor.GetByTestId("seller-response")).ToContainTextAsync("Volume 3 is on its way.");
            await Expect(visitor.GetByTestId("helpful-count")).ToHaveTextAsync("Helpful (0)");
            await Expect(visitor.GetByTestId("reviews-sign-in")).ToBeVisibleAsync();
            await visitorShots.TakeAsync("reviews");
            await visitor.Context.CloseAsync();
        }
    }
}
