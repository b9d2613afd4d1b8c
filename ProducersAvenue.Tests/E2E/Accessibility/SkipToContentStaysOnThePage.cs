using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Accessibility;

/// <summary>
/// "Skip to content" moves the keyboard to this page's main content. Its "#main" resolved against the base address "/",
/// so on every page but the home feed it left the page for the home feed (the router followed "/#main"); on the home
/// feed focus stayed on the link. And what gets focus stops below the fixed app bar, not under it.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class SkipToContentStaysOnThePage(E2EFixture app)
{
    [Theory]
    [InlineData("/market", false)]   // a member's page in a circuit
    [InlineData("/explore", true)]   // a visitor's static page (decision 143)
    public async Task The_skip_link_focuses_the_main_content_of_the_page_it_is_on(string path, bool visitor)
    {
        if (!visitor) await app.CreateSettledMemberAsync("skip_sam");
        var page = visitor ? await app.NewPageAsync() : await app.SignedInPageAsync("skip_sam");
        await page.GotoAsync(path);
        await page.WaitForPageAsync();

        await page.Locator(".pa-skip-link").FocusAsync(); // the first stop of the page (focus starts on its heading)
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("main#main")).ToBeFocusedAsync();
        Assert.Equal(path, new Uri(page.Url).AbsolutePath);
        Assert.Equal("", new Uri(page.Url).Fragment);
        // The next Tab goes on inside the page's content, not back to the app bar.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('main')"));
    }

    [Fact]
    public async Task A_control_focused_above_the_view_comes_to_rest_below_the_app_bar()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/explore");
        await page.WaitForPageAsync();
        // A page long enough to scroll its first links far above the view, as a feed does.
        await page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<div style=\"height:4000px\"></div>')");
        await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");

        var first = page.Locator("main a[href], main button").First;
        await first.FocusAsync();

        var top = await first.EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        var bar = await page.GetByRole(AriaRole.Banner).EvaluateAsync<double>("e => e.getBoundingClientRect().bottom");
        Assert.True(top >= bar, $"the focused control's top {top} px is under the app bar, which ends at {bar} px");
    }
}
