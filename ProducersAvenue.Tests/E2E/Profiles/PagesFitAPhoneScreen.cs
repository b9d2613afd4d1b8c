using Microsoft.Playwright;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Taxonomy;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Profiles;

/// <summary>At 390 px (a phone) no page scrolls sideways, the drawer starts closed and the menu button opens it.</summary>
[Collection(E2ECollection.Name)]
public sealed class PagesFitAPhoneScreen(E2EFixture app)
{
    private const int Phone = 390;

    private static async Task AssertNoSidewaysScrollAsync(IPage page, string what)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{what} is {overflow}px wider than the screen");
    }

    [Fact]
    public async Task Sign_in_register_and_the_mailbox_fit_a_phone_screen()
    {
        var page = await app.NewPageAsync(Phone);
        var shots = new Screenshots(page);

        await new LoginPage(page).OpenAsync();
        await AssertNoSidewaysScrollAsync(page, "the login page");
        await shots.TakeAsync("login");

        await new RegisterPage(page).OpenAsync();
        await AssertNoSidewaysScrollAsync(page, "the register page");
        await shots.TakeAsync("register");

        await new DevMailboxPage(page).OpenAsync();
        await AssertNoSidewaysScrollAsync(page, "the mailbox");
        await shots.TakeAsync("mailbox");
    }

    [Fact]
    public async Task The_profile_editor_and_the_profile_fit_a_phone_screen_and_the_drawer_opens_from_the_menu()
    {
        await app.App.CreateMemberAsync("phone_phil");
        await app.Db.ScalarAsync<int>(
            "UPDATE user_profiles SET display_name = 'Phil From The Phone With A Long Name', bio = 'Short bio.', smart_link = 'https://rolink.me/phil', " +
            // A place of one long word must wrap, not widen the page.
            "location_city = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch', location_visibility = 'city' WHERE username = 'phone_phil'");
        var page = await app.NewPageAsync(Phone);
        var shots = new Screenshots(page);
        await page.SignInAsync("phone_phil");

        var editor = new ProfileEditorPage(page);
        await editor.OpenAsync();
        var drawer = page.Locator("#pa-nav");
        await Expect(drawer.GetByRole(AriaRole.Link, new() { Name = "Edit profile" })).Not.ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page, "the profile editor");
        await shots.TakeAsync("editor");

        await page.GetByRole(AriaRole.Button, new() { Name = "Main menu" }).ClickAsync();
        await Expect(drawer.GetByRole(AriaRole.Link, new() { Name = "Edit profile" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Root, nameof(The_profile_editor_and_the_profile_fit_a_phone_screen_and_the_drawer_opens_from_the_menu), "drawer-open.png") });

        // A link in the drawer goes there and closes the drawer, which covers the page on a phone.
        await drawer.GetByRole(AriaRole.Link, new() { Name = "Explore" }).ClickAsync();
        await page.WaitForAddressAsync("/explore");
        await Expect(drawer.GetByRole(AriaRole.Link, new() { Name = "Explore" })).Not.ToBeVisibleAsync();

        await page.GotoAsync("/u/phone_phil");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Phil From The Phone With A Long Name" })).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page, "the profile page");
        await shots.TakeAsync("profile");
    }

    [Fact]
    public async Task The_admin_queue_fits_a_phone_screen()
    {
        await app.CreateWithPasswordAsync("phone_admin", UserRole.Admin);
        var member = await app.Db.CreateUserAsync("phone_asker");
        var asked = await app.Db.Services(CurrentUser.For(member)).Get<TaxonomyService>()
            .RequestCustomValueAsync(CustomFieldType.Genre, "Extremely Long Experimental Subgenre Name");
        Assert.True(asked.Succeeded);
        var page = await app.NewPageAsync(Phone);
        var shots = new Screenshots(page);
        await page.SignInAsync("phone_admin");

        var queue = new CustomFieldQueuePage(page);
        await queue.OpenAsync();
        await Expect(queue.Row("Extremely Long Experimental Subgenre Name")).ToBeVisibleAsync();
        await AssertNoSidewaysScrollAsync(page, "the admin queue");
        await shots.TakeAsync("admin-queue");
    }

    [Fact]
    public async Task The_profile_editor_follows_a_dark_system_theme()
    {
        await app.App.CreateMemberAsync("dark_dana");
        var page = await app.NewPageAsync(dark: true);
        var shots = new Screenshots(page);
        await page.SignInAsync("dark_dana");

        await new ProfileEditorPage(page).OpenAsync();
        // MainLayout asks the browser for the system theme once interactive: the page turns to the dark palette's background (#17131f).
        await page.WaitForFunctionAsync("() => getComputedStyle(document.body).backgroundColor === 'rgb(23, 19, 31)'");
        await shots.TakeAsync("editor-dark");
    }
}
