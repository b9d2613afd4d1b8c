using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Library;

/// <summary>
/// A member likes a product from its page — the heart and the count change at once and stay after a reload — finds it
/// under Library → Liked, and takes the like back; a visitor's heart asks them to sign in; the seller sees the count.
/// Screenshots of the Liked tab, desktop and phone, light and dark.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class AMemberLikesAProductAndFindsItAgain(E2EFixture app)
{
    [Fact]
    public async Task A_liked_product_waits_in_the_library_until_the_like_is_taken_back()
    {
        var seller = await app.CreateSettledMemberAsync("heart_seller");
        await app.CreateSettledMemberAsync("heart_fan");
        await app.Db.ScalarAsync<int>("""
            INSERT INTO products (seller_id, title, slug, price, is_free, status, is_approved, license_type)
            VALUES ($1, 'Heartbeat Drum Kit', 'heartbeat-drum-kit', 12, false, 'active', true, 'commercial') RETURNING 1
            """, seller);

        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync("/market/products/heartbeat-drum-kit");
        await Expect(visitor.GetByRole(AriaRole.Link, new() { Name = "Sign in to like" })).ToHaveAttributeAsync("href",
            "/Account/Login?ReturnUrl=%2Fmarket%2Fproducts%2Fheartbeat-drum-kit");

        var page = await app.SignedInPageAsync("heart_fan");
        await page.GotoAsync("/library?tab=liked");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nothing liked yet" })).ToBeVisibleAsync();

        await page.GotoAsync("/market/products/heartbeat-drum-kit");
        await page.WaitForPageAsync();
        var like = page.GetByTestId("product-like").GetByRole(AriaRole.Button);
        await Expect(like).ToHaveAccessibleNameAsync("Like");
        await Expect(like).ToHaveAttributeAsync("aria-pressed", "false");
        await like.ClickAsync();
        await Expect(like).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(like).ToContainTextAsync("Liked 1");
        await Expect(like).ToBeEnabledAsync();
        Assert.Equal(1, await app.Db.ScalarAsync<int>("SELECT likes_count FROM products WHERE slug = 'heartbeat-drum-kit'"));

        await page.ReloadAsync();
        await Expect(page.GetByTestId("product-like")).ToHaveAttributeAsync("data-liked", "true");

        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Library" }).First.ClickAsync();
        await page.WaitForAddressAsync(url => url.EndsWith("/library", StringComparison.Ordinal));
        await page.WaitForPageAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Liked" }).ClickAsync();
        await page.WaitForAddressAsync(url => url.EndsWith("/library?tab=liked", StringComparison.Ordinal));
        var card = page.GetByTestId("liked-listings").GetByTestId("storefront-card");
        await Expect(card).ToHaveCountAsync(1);
        await Expect(card).ToContainTextAsync("Heartbeat Drum Kit");
        await Expect(card).ToContainTextAsync("heart_seller");
        await new Screenshots(page).TakeAtBothWidthsAsync("library-liked", dark: false);
        var darkPage = await app.SignedInPageAsync("heart_fan", dark: true);
        await darkPage.GotoAsync("/library?tab=liked");
        await Expect(darkPage.GetByTestId("storefront-card")).ToHaveCountAsync(1);
        await new Screenshots(darkPage).TakeAtBothWidthsAsync("library-liked", dark: true);

        await card.ClickAsync();
        await page.WaitForAddressAsync(url => url.EndsWith("/market/products/heartbeat-drum-kit", StringComparison.Ordinal));
        await page.WaitForPageAsync();
        var liked = page.GetByTestId("product-like").GetByRole(AriaRole.Button);
        await Expect(liked).ToHaveAccessibleNameAsync("Liked 1");
        await liked.ClickAsync();
        await Expect(liked).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(liked).ToBeEnabledAsync();
        await page.GotoAsync("/library?tab=liked");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nothing liked yet" })).ToBeVisibleAsync();

        var own = await app.SignedInPageAsync("heart_seller");
        await own.GotoAsync("/market/products/heartbeat-drum-kit");
        await Expect(own.GetByTestId("product-like")).ToContainTextAsync("0 likes");
        await Expect(own.GetByTestId("product-like").GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
    }
}
