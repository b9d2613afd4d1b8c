using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Profiles;

/// <summary>
/// A profile's tabs (decision 139) on a phone: all four fit the screen, the arrow keys move between them, Enter opens one,
/// and a click on another switches the section on the live page. With a three-digit product count they still fit a 360px
/// phone; on a narrower one the bar scrolls, and a profile opened on a tab past its edge shows that tab.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ProfileTabsByPointerAndKeyboard(E2EFixture app)
{
    [Fact]
    public async Task A_visitor_moves_through_a_profiles_tabs_with_the_arrow_keys_and_opens_one_with_enter()
    {
        await app.CreateSettledMemberAsync("tabs_tara");
        var page = await app.NewPageAsync(390);
        await page.GotoAsync("/u/tabs_tara");
        // A visitor's profile is a static page (decision 143): no circuit comes to replace it (and with it the focus).
        await page.ExpectStaticAsync();
        var tabs = page.GetByRole(AriaRole.Tablist, new() { Name = "Profile sections" });
        await Expect(tabs.GetByRole(AriaRole.Tab, new() { Name = "Overview" })).ToHaveAttributeAsync("aria-selected", "true");
        Assert.True(await tabs.EvaluateAsync<bool>("t => t.scrollWidth <= t.clientWidth"), "the profile's tabs do not fit a phone");

        await tabs.GetByRole(AriaRole.Tab, new() { Name = "Overview" }).FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(tabs.GetByRole(AriaRole.Tab, new() { Name = "Products" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("End");
        await Expect(tabs.GetByRole(AriaRole.Tab, new() { Name = "Services" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(tabs.GetByRole(AriaRole.Tab, new() { Name = "Overview" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("ArrowLeft");
        await Expect(tabs.GetByRole(AriaRole.Tab, new() { Name = "Products" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForAddressAsync("/u/tabs_tara?tab=products");
        await Expect(tabs.GetByRole(AriaRole.Tab, new() { Name = "Products" })).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(page.GetByText("No products on sale yet.")).ToBeVisibleAsync();

        await tabs.GetByRole(AriaRole.Tab, new() { Name = "Services" }).ClickAsync();
        await Expect(page.GetByText("No services offered yet.")).ToBeVisibleAsync();
        await Expect(page.GetByText("No products on sale yet.")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_tabs_fit_a_small_phone_and_a_narrower_one_scrolls_to_the_tab_opened()
    {
        var seller = await app.CreateSettledMemberAsync("tabs_tom");
        await app.Db.ScalarAsync<int>("UPDATE user_profiles SET products_count = 128 WHERE user_id = $1", seller);
        app.PublicContentChanged();
        var page = await app.NewPageAsync(360);
        await page.GotoAsync("/u/tabs_tom");
        var tabs = page.GetByRole(AriaRole.Tablist, new() { Name = "Profile sections" });
        await Expect(tabs.GetByRole(AriaRole.Tab, new() { Name = "Products 128" })).ToBeVisibleAsync();
        Assert.True(await tabs.EvaluateAsync<bool>("t => t.scrollWidth <= t.clientWidth"), "the profile's tabs do not fit a 360px phone");

        await page.SetViewportSizeAsync(300, 700);
        await page.GotoAsync("/u/tabs_tom?tab=services");
        await page.ExpectStaticAsync();
        Assert.True(await tabs.EvaluateAsync<bool>("t => t.scrollWidth > t.clientWidth"), "the tabs fit 300px: nothing to scroll to");
        await tabs.ScrollIntoViewIfNeededAsync();
        await new Screenshots(page, "Profile_tabs_300").TakeAsync("services-tab");
        var services = tabs.GetByRole(AriaRole.Tab, new() { Name = "Services" });
        Assert.True(await services.EvaluateAsync<bool>("""
            tab => { const t = tab.getBoundingClientRect(), bar = tab.parentElement.getBoundingClientRect(); return t.left >= bar.left - 1 && t.right <= bar.right + 1; }
            """), "the tab opened is past the bar's edge");
    }
}
