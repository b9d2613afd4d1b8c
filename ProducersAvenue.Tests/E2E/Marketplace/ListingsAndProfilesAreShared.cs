using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Marketplace;

/// <summary>
/// "Share" (decision 157) on a desktop browser copies the page's whole address and says so on the button, for a member on
/// a listing, for a visitor on a profile page whose circuit never starts and for a visitor on a post's static page: the
/// browser does it alone.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ListingsAndProfilesAreShared(E2EFixture app)
{
    [Fact]
    public async Task A_member_copies_a_listings_address_with_share()
    {
        var seller = await app.CreateSettledMemberAsync("share_seller");
        await app.CreateSettledMemberAsync("share_buyer");
        await app.Db.ExecuteAsync("""
            INSERT INTO products (seller_id, title, slug, price, is_free, status, is_approved, license_type, created_at)
            VALUES ($1, 'Shared Dusty Keys', 'shared-dusty-keys', 12, false, 'active', true, 'personal', now())
            """, seller);
        var page = await app.SignedInPageAsync("share_buyer");
        await page.AllowClipboardAsync();

        await page.GotoAsync("/market/products/shared-dusty-keys");
        await page.WaitForPageAsync();
        var share = page.GetByTestId("share");
        await Expect(share).ToHaveAccessibleNameAsync("Share Shared Dusty Keys");
        await share.ClickAsync();

        await Expect(share.GetByText("Link copied")).ToBeVisibleAsync();
        await Expect(share.GetByText("Share", new() { Exact = true })).ToBeHiddenAsync();
        await Expect(page.Locator("[data-pa-share-status]")).ToHaveTextAsync("Link copied");
        Assert.Equal(new Uri(app.BaseAddress, "/market/products/shared-dusty-keys").ToString(), await page.ReadClipboardAsync());
        // A few seconds later the button offers to share again.
        await Expect(share.GetByText("Share", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Expect(share.GetByText("Link copied")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_visitor_copies_a_profiles_address_before_any_circuit()
    {
        await app.CreateSettledMemberAsync("share_profile_owner");
        var page = await app.NewPageAsync();
        await page.AllowClipboardAsync();
        // The circuit's negotiation never answers: nothing on the page can reach the server.
        await page.HoldCircuitsAsync();

        await page.GotoAsync("/u/share_profile_owner");
        await page.GetByTestId("share").ClickAsync();

        await Expect(page.GetByTestId("share").GetByText("Link copied")).ToBeVisibleAsync();
        Assert.Equal(new Uri(app.BaseAddress, "/u/share_profile_owner").ToString(), await page.ReadClipboardAsync());
    }

    [Fact]
    public async Task A_visitor_copies_a_posts_address_on_its_page()
    {
        var author = await app.CreateSettledMemberAsync("share_post_author");
        var post = await app.Db.InsertAsync("INSERT INTO posts (user_id, content, post_type) VALUES ($1, 'A loop worth passing on', 'text') RETURNING id", author);
        var page = await app.NewPageAsync();
        await page.AllowClipboardAsync();

        await page.GotoAsync($"/posts/{post}");
        var share = page.GetByTestId("share");
        await Expect(share).ToHaveAccessibleNameAsync(new System.Text.RegularExpressions.Regex("^Share Post by "));
        await share.ClickAsync();

        await Expect(share.GetByText("Link copied")).ToBeVisibleAsync();
        Assert.Equal(new Uri(app.BaseAddress, $"/posts/{post}").ToString(), await page.ReadClipboardAsync());
    }
}
