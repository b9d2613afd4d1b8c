using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Accessibility;

/// <summary>
/// The drawer is the browser's (decision 110, "The drawer by CSS"): beside the page on a wide screen and over it on a
/// phone, opened and closed by the menu button without the circuit, and closed where it covers the page by a link, the
/// scrim or Escape; the menu button says whether it is open, and a closed drawer is out of the keyboard's way.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class TheDrawerFollowsTheScreen(E2EFixture app)
{
    private static ILocator MenuButton(IPage page) => page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Main menu" });
    private static ILocator NavLink(IPage page, string name) => page.Locator("#pa-nav").GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    private static Task<int> MainMarginAsync(IPage page) =>
        page.Locator(".mud-main-content").EvaluateAsync<int>("e => parseInt(getComputedStyle(e).marginLeft)");

    /// <summary>The drawer has slid in (or out) all the way: a screenshot shows where it stands, not its way there.</summary>
    private static Task SettledAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running')");

    private async Task<IPage> OpenExploreAsync(int width, bool dark = false)
    {
        var page = await app.NewPageAsync(width, dark);
        await page.GotoAsync("/explore");
        // A visitor's explore has no circuit (decision 143): the drawer is the layout script's from the first paint.
        await page.ExpectStaticAsync();
        return page;
    }

    [Fact]
    public async Task On_a_wide_screen_the_drawer_sits_beside_the_page_and_the_menu_button_hides_and_shows_it()
    {
        var page = await OpenExploreAsync(1280);
        var shots = new Screenshots(page);

        await Expect(NavLink(page, "Market")).ToBeVisibleAsync();
        await shots.TakeAsync("open");
        await Expect(MenuButton(page)).ToHaveAttributeAsync("aria-expanded", "true");
        Assert.Equal(await page.Locator("#pa-nav").EvaluateAsync<int>("e => e.getBoundingClientRect().width"), await MainMarginAsync(page));

        await MenuButton(page).ClickAsync();
        await Expect(NavLink(page, "Market")).Not.ToBeVisibleAsync();
        await Expect(MenuButton(page)).ToHaveAttributeAsync("aria-expanded", "false");
        await page.WaitForFunctionAsync("() => parseInt(getComputedStyle(document.querySelector('.mud-main-content')).marginLeft) === 0");
        await SettledAsync(page);
        await shots.TakeAsync("closed");

        // Closed, its links are out of the tab order (the app bar's last link tabs on into the page); open, it stays open
        // across a navigation.
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Join" }).FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.False(await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('#pa-nav')"));

        await MenuButton(page).ClickAsync();
        await Expect(NavLink(page, "Market")).ToBeVisibleAsync();
        await NavLink(page, "Market").ClickAsync();
        await page.WaitForAddressAsync("/market");
        await Expect(NavLink(page, "Market")).ToBeVisibleAsync();
        await Expect(NavLink(page, "Market")).ToHaveAttributeAsync("aria-current", "page");
    }

    [Fact]
    public async Task On_a_phone_the_drawer_covers_the_page_and_a_link_the_scrim_Escape_or_tabbing_out_closes_it()
    {
        var page = await OpenExploreAsync(390);
        var shots = new Screenshots(page);

        await Expect(NavLink(page, "Market")).Not.ToBeVisibleAsync();
        await Expect(MenuButton(page)).ToHaveAttributeAsync("aria-expanded", "false");
        Assert.Equal(0, await MainMarginAsync(page));

        // Opened, it takes the focus to its first link; Escape closes it and gives the focus back to the menu button.
        await MenuButton(page).ClickAsync();
        await Expect(NavLink(page, "Home")).ToBeFocusedAsync();
        await Expect(MenuButton(page)).ToHaveAttributeAsync("aria-expanded", "true");
        await SettledAsync(page);
        await shots.TakeAsync("open");
        await page.Keyboard.PressAsync("Escape");
        await Expect(NavLink(page, "Market")).Not.ToBeVisibleAsync();
        await Expect(MenuButton(page)).ToBeFocusedAsync();

        // Tab past its last link closes it: the next stop is in the page, which the scrim no longer hides.
        await MenuButton(page).ClickAsync();
        await Expect(NavLink(page, "Home")).ToBeFocusedAsync();
        var links = await page.Locator("#pa-nav a[href]").CountAsync();
        for (var i = 0; i < links; i++) await page.Keyboard.PressAsync("Tab");
        Assert.False(await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('#pa-nav')"));
        await Expect(MenuButton(page)).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(page.Locator(".pa-nav-scrim")).Not.ToBeVisibleAsync();

        await MenuButton(page).ClickAsync();
        await page.Locator(".pa-nav-scrim").ClickAsync(new() { Position = new() { X = 370, Y = 400 } });
        await Expect(NavLink(page, "Market")).Not.ToBeVisibleAsync();
        await Expect(MenuButton(page)).ToHaveAttributeAsync("aria-expanded", "false");

        await MenuButton(page).ClickAsync();
        await NavLink(page, "Market").ClickAsync();
        await page.WaitForAddressAsync("/market");
        await Expect(NavLink(page, "Market")).Not.ToBeVisibleAsync();
        await shots.TakeAsync("closed-after-link");
    }

    [Fact]
    public async Task Crossing_the_breakpoint_returns_the_drawer_to_what_the_new_width_shows()
    {
        var page = await OpenExploreAsync(1280, dark: true);
        var shots = new Screenshots(page);
        await MenuButton(page).ClickAsync();
        await Expect(NavLink(page, "Market")).Not.ToBeVisibleAsync();

        await page.SetViewportSizeAsync(390, 800);
        await Expect(NavLink(page, "Market")).Not.ToBeVisibleAsync();
        await MenuButton(page).ClickAsync();
        await Expect(NavLink(page, "Market")).ToBeVisibleAsync();
        await SettledAsync(page);
        await shots.TakeAsync("phone-open-dark");

        await page.SetViewportSizeAsync(1280, 800);
        await Expect(NavLink(page, "Market")).ToBeVisibleAsync();
        await Expect(page.Locator(".pa-nav-scrim")).Not.ToBeVisibleAsync();
        await Expect(MenuButton(page)).ToHaveAttributeAsync("aria-expanded", "true");
        await SettledAsync(page);
        await shots.TakeAsync("wide-open-dark");
    }
}
