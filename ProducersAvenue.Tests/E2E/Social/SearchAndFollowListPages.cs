using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Integration.Social;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

/// <summary>The search page and the follower lists as a signed-out visitor sees them, on a desktop and a phone, light and dark.</summary>
[Collection(E2ECollection.Name)]
public sealed class SearchAndFollowListPages(E2EFixture app)
{
    [Fact]
    public async Task A_search_for_a_persons_name_opens_on_the_people_tab()
    {
        var id = await app.Db.CreateUserAsync("lisbon_lena");
        await app.Db.ScalarAsync<int>("""
            UPDATE user_profiles SET display_name = 'Lena Quaresma', location_city = 'Lisbon', location_country = 'Portugal',
              location_visibility = 'city' WHERE user_id = $1 RETURNING 1
            """, id);
        foreach (var (width, dark) in new[] { (1280, false), (390, true) })
        {
            var page = await app.NewPageAsync(width, dark);
            var shots = new Screenshots(page);

            var response = await page.GotoAsync("/search?q=Quaresma");

            Assert.Equal(200, response!.Status);
            // The tab's title names the search, so a tab or a history entry tells one search from another.
            await Expect(page).ToHaveTitleAsync("“Quaresma” · Search · Producers Avenue");
            await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "People", Selected = true })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Lena Quaresma" })).ToBeVisibleAsync();
            await shots.TakeAsync(dark ? "people-tab-phone-dark" : "people-tab-desktop-light");
        }
    }

    [Fact]
    public async Task A_search_for_a_handle_or_a_whole_username_opens_on_the_people_tab_even_when_posts_mention_it()
    {
        var id = await app.Db.CreateUserAsync("handle_hana");
        await app.Db.As(id).PostAsync("Thanks @handle_hana for the mix");
        app.PublicContentChanged();
        var page = await app.NewPageAsync();

        foreach (var q in new[] { "%40handle_hana", "HANDLE_hana" })
        {
            await page.GotoAsync($"/search?q={q}");

            await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "People", Selected = true })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "handle_hana" }).First).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task A_search_for_a_nul_character_answers_with_the_page_not_an_error()
    {
        var page = await app.NewPageAsync();

        var response = await page.GotoAsync("/search?q=%00");

        Assert.Equal(200, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_private_members_followers_page_says_the_profile_is_private_and_shows_no_name()
    {
        var id = await app.Db.CreateUserAsync("private_pia");
        await app.Db.ScalarAsync<int>("UPDATE user_profiles SET profile_visibility = 'private', display_name = 'Pia Secret' WHERE user_id = $1 RETURNING 1", id);
        foreach (var (width, dark) in new[] { (1280, true), (390, false) })
        {
            var page = await app.NewPageAsync(width, dark);
            var shots = new Screenshots(page);

            var response = await page.GotoAsync("/u/private_pia/followers");

            Assert.Equal(200, response!.Status);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This profile is private" })).ToBeVisibleAsync();
            await Expect(page.GetByText("Pia Secret")).ToHaveCountAsync(0);
            await shots.TakeAsync(dark ? "private-followers-desktop-dark" : "private-followers-phone-light");
        }
    }

    [Fact]
    public async Task The_trending_tags_panel_says_what_it_ranks_by()
    {
        var id = await app.Db.CreateUserAsync("tagger_tom");
        await app.Db.ScalarAsync<int>("INSERT INTO posts (user_id, content, post_type) VALUES ($1, 'New kit #31337 #lofi', 'text') RETURNING 1", id);
        // Written behind the app's back: a visitor's explore (a static page, decision 143) may be in the page cache.
        app.PublicContentChanged();
        foreach (var (width, dark) in new[] { (1280, false), (390, true) })
        {
            var page = await app.NewPageAsync(width, dark);
            var shots = new Screenshots(page);

            await page.GotoAsync("/explore");

            await Expect(page.GetByTestId("trending-tags-rule")).ToContainTextAsync("a post counts half as much every 24 hours");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "#31337, 1 post in the last 7 days" })).ToBeVisibleAsync();
            // The panel loads again once the page is interactive: shoot it after that.
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "#31337, 1 post in the last 7 days" })).ToBeVisibleAsync();
            await shots.TakeAsync(dark ? "trending-phone-dark" : "trending-desktop-light");
        }
    }
}
