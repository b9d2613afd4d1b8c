using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Integration.Social;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

/// <summary>
/// Decision 143: a visitor's tag page, explore and profile are static pages — no circuit starts — and still scroll: the
/// layout's script appends the next page of posts as "Load more" nears the viewport, once each, until the feed is caught
/// up; a "Load more" pressed with the keyboard takes the focus to the first new post; the sort tabs are links; and a
/// member gets the same page interactive.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class VisitorsScrollStaticFeeds(E2EFixture app)
{
    private async Task<Guid> AuthorWithPostsAsync(string username, string tag, int count)
    {
        var author = await app.CreateSettledMemberAsync(username);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < count; i++) await app.Db.InsertPostAsync(author, $"Static scroll {i:00} #{tag}", now.AddMinutes(-10 - i));
        app.PublicContentChanged(); // written behind the app's back: a visitor's cached pages must not hide them (decision 121)
        return author;
    }

    [Fact]
    public async Task A_visitor_scrolls_a_static_tag_feed_to_its_end_without_a_circuit()
    {
        await AuthorWithPostsAsync("static_sam", "staticscroll", 45);
        var page = await app.NewPageAsync(width: 390);
        var shots = new Screenshots(page);
        var circuits = 0;
        page.WebSocket += (_, _) => circuits++;

        await page.GotoAsync("/tags/staticscroll");
        var posts = page.GetByTestId("post-card");
        await Expect(posts).ToHaveCountAsync(20);
        await page.ExpectStaticAsync();

        await page.GetByTestId("feed-more").Last.ScrollIntoViewIfNeededAsync();
        await Expect(posts).ToHaveCountAsync(40);
        await page.GetByTestId("feed-more").Last.ScrollIntoViewIfNeededAsync();
        await Expect(posts).ToHaveCountAsync(45);
        await Expect(page.GetByText("You're all caught up.")).ToBeVisibleAsync();
        await shots.TakeAsync("caught-up");

        // Text content, not inner text: cards away from the viewport skip rendering (content-visibility) and have none.
        var texts = await page.Locator("[data-testid=post-card] .pa-post-body").AllTextContentsAsync();
        Assert.Equal(45, texts.Distinct().Count());
        Assert.Equal("/tags/staticscroll", new Uri(page.Url).AbsolutePath);
        Assert.Equal(0, circuits);
    }

    [Fact]
    public async Task Load_more_pressed_with_the_keyboard_takes_the_focus_to_the_first_new_post()
    {
        await AuthorWithPostsAsync("static_kim", "statickeys", 25);
        var page = await app.NewPageAsync();

        await page.GotoAsync("/tags/statickeys");
        await Expect(page.GetByTestId("post-card")).ToHaveCountAsync(20);
        await page.GetByRole(AriaRole.Link, new() { Name = "Load more" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByTestId("post-card")).ToHaveCountAsync(25);
        var focused = page.Locator("[data-testid=post-card]:focus");
        await Expect(focused).ToContainTextAsync("Static scroll 20");
        Assert.Equal("/tags/statickeys", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task A_keyboard_user_on_load_more_when_the_next_page_arrives_lands_on_its_first_post()
    {
        await AuthorWithPostsAsync("static_kai", "statictab", 25);
        var page = await app.NewPageAsync();

        await page.GotoAsync("/tags/statictab");
        await Expect(page.GetByTestId("post-card")).ToHaveCountAsync(20);
        // Tabbing onto the link scrolls it into view, which loads the next page with no key pressed on it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Load more" }).FocusAsync();

        await Expect(page.GetByTestId("post-card")).ToHaveCountAsync(25);
        await Expect(page.Locator("[data-testid=post-card]:focus")).ToContainTextAsync("Static scroll 20");
    }

    [Fact]
    public async Task Explores_sort_tabs_are_links_for_a_visitor_and_a_member_gets_the_page_interactive()
    {
        await AuthorWithPostsAsync("static_tia", "statictabs", 2);
        var visitor = await app.NewPageAsync();

        await visitor.GotoAsync("/explore");
        await visitor.GetByRole(AriaRole.Tab, new() { Name = "Trending" }).ClickAsync();
        await visitor.WaitForAddressAsync("/explore?sort=trending");
        await Expect(visitor.GetByTestId("trending-rule")).ToBeVisibleAsync();
        await Expect(visitor.GetByRole(AriaRole.Tab, new() { Name = "Trending" })).ToHaveAttributeAsync("aria-selected", "true");
        await visitor.ExpectStaticAsync();

        await app.CreateSettledMemberAsync("static_mo");
        var member = await app.SignedInPageAsync("static_mo");
        await member.GotoAsync("/explore");
        await member.WaitForCircuitAsync();
        await member.GetByRole(AriaRole.Tab, new() { Name = "Trending" }).ClickAsync();
        await Expect(member.GetByTestId("trending-rule")).ToBeVisibleAsync();
        await Expect(member.Locator("main#main")).ToHaveAttributeAsync("data-circuit", "on");
    }

    [Fact]
    public async Task A_visitor_pages_a_sellers_products_tab_to_its_end_and_a_member_loads_more_in_the_circuit()
    {
        var seller = await app.CreateSettledMemberAsync("static_shelf");
        for (var i = 0; i < 30; i++)
        {
            await app.Db.ScalarAsync<int>("""
                INSERT INTO products (seller_id, title, slug, price, is_free, status, is_approved, license_type, created_at)
                VALUES ($1, $2, $3, $5, false, 'active', true, $6, now() - make_interval(mins => $4)) RETURNING 1
                """, seller, $"Shelf Beat {i:00}", $"shelf-beat-{i}", i, i == 1 ? 1499m : 20m, i == 1 ? "exclusive" : "commercial");
        }
        app.PublicContentChanged();
        var visitor = await app.NewPageAsync(width: 390);
        var shots = new Screenshots(visitor);
        var circuits = 0;
        visitor.WebSocket += (_, _) => circuits++;

        await visitor.GotoAsync("/u/static_shelf");
        await Expect(visitor.GetByTestId("product-card")).ToHaveCountAsync(8);
        // A narrow card wraps a long price and the Exclusive mark rather than cutting them off.
        await Expect(visitor.GetByText("Exclusive")).ToBeVisibleAsync();
        Assert.True(await visitor.EvaluateAsync<bool>("() => [...document.querySelectorAll('.pa-product-meta')].every(m => m.scrollWidth <= m.clientWidth)"));
        await visitor.GetByRole(AriaRole.Link, new() { Name = "See all 30 products" }).ClickAsync();
        await visitor.WaitForAddressAsync("/u/static_shelf?tab=products");
        await Expect(visitor.GetByTestId("product-card")).ToHaveCountAsync(24);
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Load more" }).FocusAsync();
        await visitor.Keyboard.PressAsync("Enter");
        await Expect(visitor.GetByTestId("product-card")).ToHaveCountAsync(30);
        await Expect(visitor.GetByTestId("feed-more")).ToHaveCountAsync(0);
        await Expect(visitor.Locator(".pa-product-slot:focus")).ToContainTextAsync("Shelf Beat 24");
        await shots.TakeAsync("products-tab-end");
        var titles = await visitor.Locator(".pa-product-title").AllTextContentsAsync();
        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"Shelf Beat {i:00}"), titles);
        Assert.Equal(0, circuits);

        await app.CreateSettledMemberAsync("static_shopper");
        var member = await app.SignedInPageAsync("static_shopper", dark: true);
        await member.GotoAsync("/u/static_shelf?tab=products");
        await member.WaitForCircuitAsync();
        await Expect(member.GetByTestId("product-card")).ToHaveCountAsync(24);
        await member.GetByRole(AriaRole.Button, new() { Name = "Load more" }).ScrollIntoViewIfNeededAsync();
        await new Screenshots(member).TakeAsync("products-tab-member-dark");
        await member.GetByRole(AriaRole.Button, new() { Name = "Load more" }).ClickAsync();
        await Expect(member.GetByTestId("product-card")).ToHaveCountAsync(30);
        await Expect(member.Locator(".pa-product-title").Last).ToHaveTextAsync("Shelf Beat 29");

        // The member's own profile, with nothing on sale: the section says how to list, with the way to it.
        await member.GotoAsync("/u/static_shopper");
        await Expect(member.GetByTestId("profile-products")).ToContainTextAsync("once published, it shows here");
        await Expect(member.GetByTestId("profile-products").GetByRole(AriaRole.Link, new() { Name = "New product" }))
            .ToHaveAttributeAsync("href", "/sell/products/new");
        await new Screenshots(member).TakeAsync("own-profile-no-products-dark");
    }
}
