using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Accessibility;

/// <summary>
/// Home and End move between the composer's kinds of post, as in any tab list, and only that: End also took the home
/// feed to its bottom, leaving the tab it chose far off screen.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class TabKeysDoNotScrollThePage(E2EFixture app)
{
    [Fact]
    public async Task End_on_the_composers_tabs_chooses_the_last_kind_and_the_page_stays_where_it_is()
    {
        await app.CreateSettledMemberAsync("tab_keys");
        var page = await app.SignedInPageAsync("tab_keys");
        var social = new SocialPages(page);
        await social.OpenAsync("/");
        // A feed long enough to scroll, as a member's is.
        await page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<div style=\"height:4000px\"></div>')");

        var tabs = social.Composer.GetByRole(AriaRole.Tab);
        await tabs.First.FocusAsync();
        var before = await page.EvaluateAsync<double>("() => window.scrollY");
        await page.Keyboard.PressAsync("End");

        await Expect(tabs.Last).ToBeFocusedAsync();
        await Expect(tabs.Last).ToHaveAttributeAsync("aria-selected", "true");
        Assert.Equal(before, await page.EvaluateAsync<double>("() => window.scrollY"));
    }
}
