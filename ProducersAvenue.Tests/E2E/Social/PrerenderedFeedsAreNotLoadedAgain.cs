using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Integration.Social;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

/// <summary>
/// Decision 127: what prerendering loaded is handed to the circuit, which shows it without querying again. Each test holds
/// the circuit back (its SignalR negotiation) while a newer post is written, then lets it start: a circuit that queried
/// again would show that post, and a placeholder first. The feed still scrolls, likes and announces new posts afterwards.
/// Each reads as a member: a visitor's explore, tag and profile pages are static and start no circuit (decision 143).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class PrerenderedFeedsAreNotLoadedAgain(E2EFixture app)
{
    [Fact]
    public async Task A_tag_feed_keeps_its_prerendered_posts_and_still_scrolls_to_the_next_page()
    {
        var author = await app.CreateSettledMemberAsync("handoff_tara");
        await app.CreateSettledMemberAsync("handoff_theo");
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 22; i++) await app.Db.InsertPostAsync(author, $"Handoff sample {i:00} #handofftag", now.AddMinutes(-10 - i));
        var page = await app.SignedInPageAsync("handoff_theo");
        var release = await page.HoldCircuitsAsync();

        await page.GotoAsync("/tags/handofftag");
        var posts = page.GetByTestId("post-card");
        await Expect(posts).ToHaveCountAsync(20);
        await Expect(page.GetByText("Used in 22 posts")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(0);
        await app.Db.InsertPostAsync(author, "Handoff newcomer #handofftag", now);
        await WatchPlaceholdersAsync(page);
        release();
        await page.Locator("[data-interactive=true]").First.WaitForAsync();

        await page.GetByTestId("feed-more").ScrollIntoViewIfNeededAsync();
        await Expect(posts).ToHaveCountAsync(22);
        await Expect(page.GetByText("You're all caught up.")).ToBeVisibleAsync();
        await Expect(posts.Filter(new() { HasText = "Handoff newcomer" })).ToHaveCountAsync(0);
        await Expect(page.GetByText("Used in 22 posts")).ToBeVisibleAsync();
        Assert.Empty(await PlaceholdersSeenAsync(page));
    }

    [Fact]
    public async Task The_home_feed_keeps_its_prerendered_posts_then_likes_and_announces_a_newer_post()
    {
        var author = await app.CreateSettledMemberAsync("handoff_hugo");
        var reader = await app.CreateSettledMemberAsync("handoff_rita");
        await app.Db.ScalarAsync<int>("INSERT INTO followers (follower_id, following_id) VALUES ($1, $2) RETURNING 1", reader, author);
        var now = DateTimeOffset.UtcNow;
        var liked = await app.Db.InsertPostAsync(author, "Hugo's first groove", now.AddMinutes(-20));
        await app.Db.InsertPostAsync(author, "Hugo's second groove", now.AddMinutes(-10));
        var page = await app.NewPageAsync();
        await page.SignInAsync("handoff_rita");
        var social = new SocialPages(page);
        var shots = new Screenshots(page);
        var release = await page.HoldCircuitsAsync();

        await page.GotoAsync("/");
        await Expect(social.Posts).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(0);
        await app.Db.InsertPostAsync(author, "Hugo's newest groove", DateTimeOffset.UtcNow);
        await WatchPlaceholdersAsync(page);
        release();
        await page.Locator("[data-interactive=true]").First.WaitForAsync();

        var like = social.Post("Hugo's first groove").GetByRole(AriaRole.Button, new() { Name = "Like" });
        await like.ClickAsync();
        await Expect(like).ToHaveAttributeAsync("aria-pressed", "true");
        // The heart shows at once (decision 144); the button stops being busy when the database has answered (it stays
        // enabled meanwhile, so the keyboard's focus stays on it; decision 172).
        await Expect(like).Not.ToHaveAttributeAsync("aria-busy", "true");
        Assert.Equal(1, await app.Db.ScalarAsync<int>("SELECT count(*)::int FROM post_likes WHERE post_id = $1", liked));
        await Expect(social.Posts).ToHaveCountAsync(2);
        await Expect(social.Post("Hugo's newest groove")).ToHaveCountAsync(0);
        Assert.Empty(await PlaceholdersSeenAsync(page));
        await shots.TakeAsync("home-after-the-circuit-started");

        // The "new posts" check counts from the newest prerendered post (every Social:NewPostsCheckSeconds, 15 s here).
        var banner = page.GetByRole(AriaRole.Button, new() { Name = "1 new post" });
        await Expect(banner).ToBeVisibleAsync(new() { Timeout = 45_000 });
        await banner.ClickAsync();
        await Expect(social.Posts).ToHaveCountAsync(3);
        await Expect(social.Post("Hugo's newest groove")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Explore_looks_the_same_once_the_circuit_has_started()
    {
        var author = await app.CreateSettledMemberAsync("handoff_eli");
        await app.CreateSettledMemberAsync("handoff_ezra");
        await app.Db.InsertPostAsync(author, "Eli's #handoffshot loop", DateTimeOffset.UtcNow.AddMinutes(-1));
        var page = await app.SignedInPageAsync("handoff_ezra");
        var release = await page.HoldCircuitsAsync();
        var shots = new Screenshots(page);

        await page.GotoAsync("/explore");
        await Expect(page.GetByTestId("post-card").First).ToBeVisibleAsync();
        await WatchPlaceholdersAsync(page);
        release();
        await page.Locator("[data-interactive=true]").First.WaitForAsync();

        // The circuit's first render is on the page once it is interactive: neither the feed nor the trending tags showed a placeholder.
        Assert.Empty(await PlaceholdersSeenAsync(page));
        await Expect(page.GetByTestId("post-card").First).ToBeVisibleAsync();
        await shots.TakeAsync("explore-after-the-circuit-started");
    }

    [Fact]
    public async Task A_profile_keeps_its_prerendered_header_and_product_shelf_once_the_circuit_has_started()
    {
        var seller = await app.CreateSettledMemberAsync("handoff_pia");
        await app.CreateSettledMemberAsync("handoff_paul");
        await ProductAsync(seller, "Pia Handoff Beat", "pia-handoff-beat");
        await app.Db.ScalarAsync<int>("UPDATE user_profiles SET bio = 'Before the circuit' WHERE user_id = $1 RETURNING 1", seller);
        var page = await app.NewPageAsync();
        await page.SignInAsync("handoff_paul");
        var release = await page.HoldCircuitsAsync();

        await page.GotoAsync("/u/handoff_pia");
        await Expect(page.GetByText("Before the circuit")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("product-card")).ToHaveCountAsync(1);
        // Written while the circuit waits: a circuit that loaded the profile or its shelf again would show these.
        await app.Db.ScalarAsync<int>("UPDATE user_profiles SET bio = 'After the circuit' WHERE user_id = $1 RETURNING 1", seller);
        await ProductAsync(seller, "Pia Second Beat", "pia-second-beat");
        await WatchPlaceholdersAsync(page);
        release();
        await page.Locator("[data-interactive=true]").First.WaitForAsync();

        Assert.Empty(await PlaceholdersSeenAsync(page));
        await Expect(page.GetByText("Before the circuit")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("product-card")).ToHaveCountAsync(1);
        // Still a live page: following reads the profile again and shows the fresh counts.
        await page.GetByRole(AriaRole.Button, new() { Name = "Follow" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Unfollow" }).First).ToBeVisibleAsync();
        await Expect(page.GetByText("After the circuit")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_market_keeps_its_prerendered_listings_once_the_circuit_has_started()
    {
        var seller = await app.CreateSettledMemberAsync("handoff_mia");
        await app.CreateSettledMemberAsync("handoff_max");
        await ProductAsync(seller, "Mia Handoff Kit", "mia-handoff-kit");
        var page = await app.NewPageAsync();
        await page.SignInAsync("handoff_max");
        var release = await page.HoldCircuitsAsync();

        await page.GotoAsync("/market");
        var cards = page.GetByTestId("storefront-card");
        await Expect(cards.Filter(new() { HasText = "Mia Handoff Kit" })).ToHaveCountAsync(1);
        // Before: the circuit's first render had no listings and drew a progress bar in their place until it had read
        // them again, moving everything below the filters. (Blazor replaces the prerendered nodes in any case, in one go.)
        await page.EvaluateAsync("""
            () => {
              window.__flash = [];
              new MutationObserver(records => {
                for (const record of records) {
                  for (const node of record.addedNodes)
                    if (node.nodeType === 1 && (node.matches('.mud-progress-linear') || node.querySelector('.mud-progress-linear'))) window.__flash.push('progress');
                }
              }).observe(document.body, { childList: true, subtree: true });
            }
            """);
        release();
        await page.Locator("[data-interactive=true]").First.WaitForAsync();

        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__flash"));
        await Expect(cards.Filter(new() { HasText = "Mia Handoff Kit" })).ToHaveCountAsync(1);
        // Still a live page: a filter reads the listings again.
        await page.GotoAsync("/market?kind=services");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Services" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_profile_form_keeps_its_prerendered_values_once_the_circuit_has_started()
    {
        var member = await app.CreateSettledMemberAsync("handoff_fay");
        await app.Db.ScalarAsync<int>("UPDATE user_profiles SET display_name = 'Fay Before' WHERE user_id = $1 RETURNING 1", member);
        var page = await app.NewPageAsync();
        await page.SignInAsync("handoff_fay");
        var release = await page.HoldCircuitsAsync();

        await page.GotoAsync("/settings/profile");
        var name = page.GetByLabel("Display name", new() { Exact = true });
        await Expect(name).ToHaveValueAsync("Fay Before");
        // Written while the circuit waits: a circuit that read the profile again would put this in the field.
        await app.Db.ScalarAsync<int>("UPDATE user_profiles SET display_name = 'Fay After' WHERE user_id = $1 RETURNING 1", member);
        // Before: the circuit's first render replaced the whole form by a spinner, then drew it again.
        await page.EvaluateAsync("""
            () => {
              window.__spinners = 0;
              new MutationObserver(records => {
                for (const record of records)
                  for (const node of record.addedNodes)
                    if (node.nodeType === 1 && (node.matches('.mud-progress-circular') || node.querySelector('.mud-progress-circular'))) window.__spinners++;
              }).observe(document.body, { childList: true, subtree: true });
            }
            """);
        release();
        await page.Locator("[data-interactive=true]").First.WaitForAsync();

        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__spinners"));
        await Expect(name).ToHaveValueAsync("Fay Before");
    }

    [Fact]
    public async Task A_product_page_keeps_its_listing_and_buy_panel_once_the_circuit_has_started()
    {
        var seller = await app.CreateSettledMemberAsync("handoff_nia");
        await app.CreateSettledMemberAsync("handoff_ned");
        await ProductAsync(seller, "Nia Handoff Pack", "nia-handoff-pack");
        var page = await app.NewPageAsync();
        await page.SignInAsync("handoff_ned");

        await AssertNeverMissingAsync(page, "/market/products/nia-handoff-pack", "[data-testid=buy-panel][data-interactive=true]", "[data-testid=buy-panel]");
    }

    [Fact]
    public async Task A_service_page_keeps_its_packages_once_the_circuit_has_started()
    {
        var seller = await app.CreateSettledMemberAsync("handoff_sol");
        await app.CreateSettledMemberAsync("handoff_sue");
        await ServiceAsync(seller, "Sol handoff mixing", "sol-handoff-mixing");
        var page = await app.NewPageAsync();
        await page.SignInAsync("handoff_sue");

        await AssertNeverMissingAsync(page, "/market/services/sol-handoff-mixing", "[data-interactive=true]", "[data-testid=package]");
    }

    [Fact]
    public async Task The_sell_page_keeps_its_rows_and_feature_buttons_once_the_circuit_has_started()
    {
        var seller = await app.CreateSettledMemberAsync("handoff_tia");
        await ProductAsync(seller, "Tia Handoff Kit", "tia-handoff-kit");
        await ServiceAsync(seller, "Tia handoff mastering", "tia-handoff-mastering");
        var page = await app.NewPageAsync();
        await page.SignInAsync("handoff_tia");

        await AssertNeverMissingAsync(page, "/sell", "[data-interactive=true]",
            "[data-testid=featured-allowance]",
            "[data-testid=listing-row] [data-testid=feature-listing]",
            "[data-testid=service-row] [data-testid=feature-listing]");
    }

    /// <summary>
    /// Opens <paramref name="path"/> with its circuit held, then lets the circuit start and asserts that every one of
    /// <paramref name="selectors"/> was on the page after every change until <paramref name="live"/> appeared. Before the
    /// handoff the circuit's first render had nothing to draw, so the listing was swapped for a skeleton and then drawn
    /// again; Blazor swaps the prerendered nodes for its own in one go, so in between none is missing.
    /// </summary>
    private static async Task AssertNeverMissingAsync(IPage page, string path, string live, params string[] selectors)
    {
        var release = await page.HoldCircuitsAsync();
        await page.GotoAsync(path);
        foreach (var selector in selectors) await Expect(page.Locator(selector).First).ToBeVisibleAsync();
        await page.EvaluateAsync("""
            selectors => {
              window.__missing = [];
              new MutationObserver(() => {
                for (const selector of selectors) if (!document.querySelector(selector)) window.__missing.push(selector);
              }).observe(document.body, { childList: true, subtree: true });
            }
            """, selectors);
        release();
        await page.Locator(live).First.WaitForAsync();

        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__missing"));
    }

    [Fact]
    public async Task A_feed_of_the_longest_posts_still_starts_its_circuit()
    {
        // Twenty posts at the 10,000-character limit, in characters JSON escapes six bytes wide: handed over whole, the
        // state the browser sends back when the circuit starts passed the hub's receive limit and the hub closed the
        // connection, leaving a member's feed a page nothing on could be clicked.
        // A private author connected to the reader, so the long posts reach the reader's home feed and no other test's
        // explore page.
        var author = await app.CreateSettledMemberAsync("handoff_lena");
        var reader = await app.CreateSettledMemberAsync("handoff_lars");
        await app.Db.ScalarAsync<int>("INSERT INTO followers (follower_id, following_id) VALUES ($1, $2), ($2, $1) RETURNING 1", reader, author);
        await app.Db.ScalarAsync<int>("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = $1 RETURNING 1", author);
        var now = DateTimeOffset.UtcNow;
        var longest = string.Concat(Enumerable.Repeat("<é> 🎧 ", 1_427)); // 9,989 UTF-16 units
        Guid newest = default;
        for (var i = 0; i < 20; i++) newest = await app.Db.InsertPostAsync(author, $"Long {i:00} " + longest, now.AddMinutes(-20 + i));
        var page = await app.NewPageAsync();
        var circuitErrors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") circuitErrors.Add(m.Text); };
        await page.SignInAsync("handoff_lars");
        var social = new SocialPages(page);

        await page.GotoAsync("/");
        await Expect(social.Posts).ToHaveCountAsync(20);
        await page.Locator("[data-interactive=true]").First.WaitForAsync();
        var like = social.Post("Long 19").GetByRole(AriaRole.Button, new() { Name = "Like" });
        await like.ClickAsync();

        await Expect(like).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(like).Not.ToHaveAttributeAsync("aria-busy", "true");
        Assert.Equal(1, await app.Db.ScalarAsync<int>("SELECT count(*)::int FROM post_likes WHERE post_id = $1", newest));
        Assert.Empty(circuitErrors);
    }

    /// <summary>A $20 commercial product on sale by <paramref name="seller"/>.</summary>
    private Task<int> ProductAsync(Guid seller, string title, string slug) => app.Db.ScalarAsync<int>("""
        INSERT INTO products (seller_id, title, slug, price, is_free, status, is_approved, license_type)
        VALUES ($1, $2, $3, 20, false, 'active', true, 'commercial') RETURNING 1
        """, seller, title, slug);

    /// <summary>An active mixing service by <paramref name="seller"/> with one $40 package.</summary>
    private Task<int> ServiceAsync(Guid seller, string title, string slug) => app.Db.ScalarAsync<int>(
        "INSERT INTO services (id, seller_id, title, slug, service_type, status, description, packages) VALUES (gen_random_uuid(), $1, $2, $3, " +
        "'mixing', 'active', 'Warm mixes.', " +
        "'[{\"name\": \"Basic\", \"price\": 40, \"delivery_days\": 3, \"revisions\": 2, \"features\": [\"One song\"]}]'::jsonb) RETURNING 1",
        seller, title, slug);

    /// <summary>From now on, records every skeleton placeholder (a feed's or MudSkeleton) the page adds.</summary>
    private static Task WatchPlaceholdersAsync(IPage page) => page.EvaluateAsync("""
        () => {
          window.__placeholders = [];
          const selector = '.mud-skeleton, [data-testid=feed-skeleton]';
          new MutationObserver(records => {
            for (const record of records)
              for (const node of record.addedNodes)
                if (node.nodeType === 1 && (node.matches(selector) || node.querySelector(selector)))
                  window.__placeholders.push(node.outerHTML.slice(0, 200));
          }).observe(document.body, { childList: true, subtree: true });
        }
        """);

    private static async Task<string[]> PlaceholdersSeenAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("() => window.__placeholders");
}
