using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Profiles;

/// <summary>
/// A profile's tabs (decision 139) on a phone: all four fit the screen, the arrow keys move between them, Enter opens one,
/// and a click on another switches the section on the live page.
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
}
