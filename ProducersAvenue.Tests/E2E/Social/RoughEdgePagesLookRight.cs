using Microsoft.Playwright;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Integration.Social;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

/// <summary>The not-found page, notifications, a private profile, link posts and the welcome steps: what they say, and screenshots at desktop and phone widths in both themes.</summary>
[Collection(E2ECollection.Name)]
public sealed class RoughEdgePagesLookRight(E2EFixture app)
{
    [Fact]
    public async Task An_unknown_address_answers_404_with_the_sites_layout_and_ways_on()
    {
        var page = await app.NewPageAsync();

        var response = await page.GotoAsync("/no-such-page/at-all");

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Banner)).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found", Level = 1 })).ToBeVisibleAsync();
        var ways = page.GetByRole(AriaRole.Navigation, new() { Name = "Ways on" });
        await Expect(ways.GetByRole(AriaRole.Link, new() { Name = "Home" })).ToHaveAttributeAsync("href", "/");
        await Expect(ways.GetByRole(AriaRole.Link, new() { Name = "Explore posts" })).ToHaveAttributeAsync("href", "/explore");
        await Expect(ways.GetByRole(AriaRole.Link, new() { Name = "Search" })).ToHaveAttributeAsync("href", "/search");
    }

    [Fact]
    public async Task Notifications_quote_comments_as_plain_text_and_name_the_liker_once()
    {
        var author = await app.CreateSettledMemberAsync("note_nina");
        var fan = await app.CreateSettledMemberAsync("note_fan");
        var post = await app.Db.As(author).PostAsync("Nina's beat for notes");
        Assert.True((await app.Db.As(fan).Get<CommentService>().AddAsync(post, "**Love** the _groove_ <b>on</b> [this](https://example.com)")).Succeeded);
        Assert.True((await app.Db.As(fan).Get<LikeService>().TogglePostAsync(post)).Succeeded);
        var page = await app.NewPageAsync();
        await page.SignInAsync("note_nina");
        var social = new SocialPages(page);

        await social.OpenAsync("/notifications");

        await Expect(page.GetByText("@note_fan liked your post")).ToBeVisibleAsync();
        await Expect(page.GetByText("@note_fan commented on your post")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("notification-excerpt")).ToHaveTextAsync(["Love the groove on this"]);
        await Expect(page.GetByText("Someone liked your post")).ToHaveCountAsync(0);

        await social.Bell.ClickAsync();
        await Expect(page.Locator("#pa-bell-panel").GetByTestId("notification-excerpt")).ToHaveTextAsync(["Love the groove on this"]);
    }

    [Fact]
    public async Task Screenshots_of_the_changed_pages_at_desktop_and_phone_widths_in_both_themes()
    {
        var author = await app.CreateSettledMemberAsync("shot_author");
        await app.InsertLinkPostAsync(author, "Session clip from last night", "https://youtu.be/dQw4w9WgXcQ", "Late session, live take");
        await app.InsertLinkPostAsync(author, "Mix notes on my blog", "https://example.com/blog/mix-notes");
        var secret = await app.CreateSettledMemberAsync("shot_private");
        await app.Db.ScalarAsync<int>("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = $1 RETURNING 1", secret);
        await app.CreateSettledMemberAsync("shot_viewer");

        // A signed-out post page, the notifications and the bell's panel are shot by the main pages' sweep (MainPagesSweep).
        await app.SweepAsync(null, $"{nameof(Screenshots_of_the_changed_pages_at_desktop_and_phone_widths_in_both_themes)}-signed-out", async (visitor, look) =>
        {
            var visitorPages = new SocialPages(visitor);
            await visitorPages.OpenAsync("/u/shot_author");
            await look.ShootAsync("link-posts");
            await visitor.GotoAsync("/no-such-page");
            await look.ShootAsync("not-found");
        });
        await app.SweepAsync("shot_viewer", nameof(Screenshots_of_the_changed_pages_at_desktop_and_phone_widths_in_both_themes), async (member, look) =>
        {
            var pages = new SocialPages(member);
            await pages.OpenAsync("/u/shot_private");
            await look.ShootAsync("private-profile");
            await pages.OpenAsync("/welcome");
            await look.ShootAsync("welcome");
        });
    }
}
