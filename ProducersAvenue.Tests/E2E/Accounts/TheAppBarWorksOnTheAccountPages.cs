using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Accounts;

/// <summary>
/// The account pages are static (no circuit), yet their app bar is the site's: the bell and the messages button show
/// the member's unread counts and lead to their pages, and the account menu opens (a native disclosure), closes on
/// Escape with the focus back on its button, and signs out from there. They were dead buttons without counts.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class TheAppBarWorksOnTheAccountPages(E2EFixture app)
{
    [Theory]
    [InlineData(1280, false)]
    [InlineData(360, true)]
    public async Task The_counts_show_and_the_account_menu_opens_closes_and_signs_out(int width, bool dark)
    {
        var member = $"static_bar_{width}";
        var id = await app.CreateSettledMemberAsync(member);
        await app.Db.ScalarAsync<int>("""
            INSERT INTO notifications (user_id, type, title) VALUES ($1, 'like', 'Someone liked your post'), ($1, 'follow', 'Someone followed you')
            """, id);
        var page = await app.SignedInPageAsync(member, width, dark);
        var shots = new Screenshots(page, $"Account_app_bar_{width}");

        await page.GotoAsync("/Account/Manage");
        var bell = page.GetByRole(AriaRole.Link, new() { Name = "Notifications, 2 unread" });
        await Expect(bell).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Messages, 0 unread" })).ToBeVisibleAsync();
        // The count sits inside the bar, not cut off by its top edge (a phone's bar is 56px).
        Assert.True(await page.Locator("header .mud-badge").First.EvaluateAsync<bool>("b => b.getBoundingClientRect().top >= 0"),
            "the bell's count is cut off at the top of the app bar");
        var menu = page.Locator("summary[aria-label='Account menu']");
        await menu.ClickAsync();
        var signOut = page.GetByRole(AriaRole.Link, new() { Name = "Sign out", Exact = true });
        await Expect(signOut).ToBeVisibleAsync();
        await shots.TakeAsync("menu-open");

        await page.Keyboard.PressAsync("Escape");
        await Expect(signOut).ToBeHiddenAsync();
        await Expect(menu).ToBeFocusedAsync();

        await menu.ClickAsync();
        // The page's own top left corner: the panel hangs under the app bar's right end.
        await page.Locator("main").ClickAsync(new() { Position = new() { X = 8, Y = 8 } });
        await Expect(signOut).ToBeHiddenAsync();

        await bell.ClickAsync();
        await page.WaitForAddressAsync("/notifications");
        await page.GotoAsync("/Account/Manage");
        await menu.ClickAsync();
        await signOut.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        await Expect(new AppShell(page).SignInLink).ToBeVisibleAsync();
    }
}
