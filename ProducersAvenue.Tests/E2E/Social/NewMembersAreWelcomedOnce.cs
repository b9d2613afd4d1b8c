using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Integration.Social;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

[Collection(E2ECollection.Name)]
public sealed class NewMembersAreWelcomedOnce(E2EFixture app)
{
    [Fact]
    public async Task A_new_member_goes_through_the_steps_writes_a_first_post_and_is_not_sent_there_again()
    {
        var creator = await app.CreateSettledMemberAsync("welcome_creator");
        await app.Db.InsertPostAsync(creator, "A creator's post to discover", DateTimeOffset.UtcNow.AddMinutes(-5));
        await app.App.CreateMemberAsync("welcome_wendy");
        var page = await app.NewPageAsync();
        var social = new SocialPages(page);

        await page.SignInAsync("welcome_wendy");
        await page.GotoAsync("/");

        await page.WaitForAddressAsync("/welcome");
        await page.Locator("[data-testid=onboarding][data-interactive=true]").WaitForAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What do you make?" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Categories" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Genres" })).ToBeVisibleAsync();
        await page.Locator("#welcome-display-name").FillAsync("Wendy Waves");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Follow a few creators" })).ToBeVisibleAsync();
        Assert.Equal("Wendy Waves", await app.Db.ScalarAsync<string>("SELECT display_name FROM user_profiles WHERE username = 'welcome_wendy'"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Say hello" })).ToBeVisibleAsync();
        await new Screenshots(page).TakeAsync("say-hello");
        await social.WriteAsync("Hello avenue, Wendy here");
        // The big button does not leave the hello behind (it went to the feed without it): it asks, and posts it.
        await page.GetByTestId("onboarding-finish").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Post it" }).ClickAsync();

        await page.WaitForAddressAsync(app.BaseAddress.ToString());
        await Expect(social.Post("Hello avenue, Wendy here")).ToBeVisibleAsync();
        Assert.Equal("finished", await app.Db.ScalarAsync<string>(
            "SELECT claim_value FROM auth.user_claims c JOIN auth.users u ON u.id = c.user_id WHERE u.user_name = 'welcome_wendy'"));

        await social.OpenAsync("/");
        await Expect(social.Composer).ToBeVisibleAsync();
        Assert.EndsWith("/", page.Url);
    }

    [Fact]
    public async Task A_member_who_skips_sees_the_explore_feeds_best_posts_in_their_empty_home_and_stays_home()
    {
        var creator = await app.CreateSettledMemberAsync("skip_creator");
        var popular = await app.Db.InsertPostAsync(creator, "Popular post for empty homes", DateTimeOffset.UtcNow.AddMinutes(-5));
        // The E2E database is shared: enough likes put this post first among the other tests' posts in the trending order.
        for (var i = 0; i < 6; i++)
        {
            var fan = await app.Db.CreateUserAsync($"skip_fan{i}");
            await app.Db.ScalarAsync<int>("INSERT INTO post_likes (post_id, user_id) VALUES ($1, $2) RETURNING 1", popular, fan);
        }
        await app.App.CreateMemberAsync("skip_sid");
        var page = await app.NewPageAsync();
        var social = new SocialPages(page);
        await page.SignInAsync("skip_sid");
        await page.GotoAsync("/");
        await page.WaitForAddressAsync("/welcome");
        await page.Locator("[data-testid=onboarding][data-interactive=true]").WaitForAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Skip for now" }).ClickAsync();

        await page.WaitForAddressAsync(app.BaseAddress.ToString());
        var popularSection = page.GetByTestId("home-popular");
        await Expect(popularSection.GetByRole(AriaRole.Heading, new() { Name = "Popular on the avenue" })).ToBeVisibleAsync();
        await Expect(popularSection.GetByTestId("post-card").Filter(new() { HasText = "Popular post for empty homes" })).ToBeVisibleAsync();

        await social.OpenAsync("/");
        await Expect(page.GetByTestId("home-popular")).ToBeVisibleAsync();
        Assert.EndsWith("/", page.Url);
    }

    [Fact]
    public async Task On_a_phone_the_last_steps_back_and_go_to_my_feed_share_a_line_at_the_right()
    {
        await app.App.CreateMemberAsync("welcome_phone");
        var page = await app.NewPageAsync(390, dark: true);
        await page.SignInAsync("welcome_phone");
        await page.GotoAsync("/welcome");
        await page.Locator("[data-testid=onboarding][data-interactive=true]").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Say hello" })).ToBeVisibleAsync();
        var actions = page.GetByTestId("onboarding-actions");
        await actions.ScrollIntoViewIfNeededAsync();
        await new Screenshots(page).TakeAsync("say-hello-phone");

        var row = (await actions.BoundingBoxAsync())!;
        var back = (await actions.GetByRole(AriaRole.Button, new() { Name = "Back" }).BoundingBoxAsync())!;
        var go = (await actions.GetByRole(AriaRole.Button, new() { Name = "Go to my feed" }).BoundingBoxAsync())!;
        var skip = (await actions.GetByRole(AriaRole.Button, new() { Name = "Skip for now" }).BoundingBoxAsync())!;
        // "Go to my feed" sat alone on a line at the left, under "Skip for now" and "Back".
        Assert.Equal(back.Y, go.Y, 1);
        Assert.Equal(row.X + row.Width, go.X + go.Width, 1);
        Assert.True(skip.Y >= go.Y, $"Skip for now ({skip.Y}) is above the step's action ({go.Y})");
    }
}
