using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Profiles;

/// <summary>
/// Leaving the profile editor with unsaved changes asks first (they were dropped without a word): Stay keeps the page and
/// what was typed, Leave goes. Once saved, or with nothing changed, links just go.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class UnsavedProfileChangesAreNotLostSilently(E2EFixture app)
{
    [Fact]
    public async Task Leaving_with_changes_asks_and_stay_keeps_them()
    {
        await app.CreateSettledMemberAsync("unsaved_uma");
        var page = await app.NewPageAsync();
        await page.SignInAsync("unsaved_uma");
        await page.GotoAsync("/settings/profile");
        await Expect(page.Locator(".pa-profile-form")).ToHaveAttributeAsync("data-interactive", "true");
        var home = page.Locator("#pa-nav").GetByRole(AriaRole.Link, new() { Name = "Home" });

        await page.Locator("#profile-display-name").FillAsync("Uma Unsaved");
        await home.ClickAsync();
        var question = page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "Leave without saving?" });
        await Expect(question).ToBeVisibleAsync();
        await question.GetByRole(AriaRole.Button, new() { Name = "Stay" }).ClickAsync();
        await Expect(question).ToBeHiddenAsync();
        Assert.EndsWith("/settings/profile", page.Url);
        await Expect(page.Locator("#profile-display-name")).ToHaveValueAsync("Uma Unsaved");

        await page.Locator("#profile-save").ClickAsync();
        await Expect(page.GetByText("Profile saved.")).ToBeVisibleAsync();
        await home.ClickAsync();
        await page.WaitForAddressAsync(url => new Uri(url).AbsolutePath == "/");
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);

        await page.GotoAsync("/settings/profile");
        await Expect(page.Locator(".pa-profile-form")).ToHaveAttributeAsync("data-interactive", "true");
        await page.Locator("#profile-bio").FillAsync("A bio I will not keep");
        await home.ClickAsync();
        await question.GetByRole(AriaRole.Button, new() { Name = "Leave" }).ClickAsync();
        await page.WaitForAddressAsync(url => new Uri(url).AbsolutePath == "/");
    }
}
