using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Accessibility;

/// <summary>
/// The account menu opened from the keyboard closes when Tab moves on past its last link: it stayed open over the page,
/// hiding the controls the focus went to next.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class AppBarPanelsCloseWhenTheFocusLeaves(E2EFixture app)
{
    [Fact]
    public async Task Tab_past_the_account_menus_last_link_closes_it()
    {
        await app.CreateSettledMemberAsync("tab_past_tom");
        var page = await app.SignedInPageAsync("tab_past_tom", 1280, dark: false);
        await new SocialPages(page).OpenAsync("/explore");
        var button = page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Account menu" });
        var links = page.GetByRole(AriaRole.Navigation, new() { Name = "Account", Exact = true });

        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(links).ToBeVisibleAsync();
        await links.GetByRole(AriaRole.Link, new() { Name = "Sign out" }).FocusAsync();
        await page.Keyboard.PressAsync("Tab");

        await Expect(links).ToHaveCountAsync(0);
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
    }
}
