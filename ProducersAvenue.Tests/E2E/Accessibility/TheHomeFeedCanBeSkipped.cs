using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Accessibility;

/// <summary>
/// The home feed loads more as it is read, so the suggestions beside it were hundreds of Tabs away: a skip link after the
/// composer takes the keyboard focus past the feed to them, and leaves the member on the home page.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class TheHomeFeedCanBeSkipped(E2EFixture app)
{
    [Fact]
    public async Task The_skip_link_moves_the_focus_to_the_suggestions()
    {
        await app.CreateSettledMemberAsync("skipping_sam");
        var page = await app.SignedInPageAsync("skipping_sam", 1280, dark: false);
        await new SocialPages(page).OpenAsync("/");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip past the feed to suggestions" });

        await skip.FocusAsync();
        await Expect(skip).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#home-side")).ToBeFocusedAsync();
        Assert.EndsWith("/", new Uri(page.Url).AbsolutePath);
    }
}
