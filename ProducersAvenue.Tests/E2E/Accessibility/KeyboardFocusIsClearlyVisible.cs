using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;

namespace ProducersAvenue.Tests.E2E.Accessibility;

/// <summary>
/// Reaching a control with the Tab key draws a solid 3 px ring in the theme's primary colour (MudBlazor's own is a faint
/// overlay that the explore tabs, buttons and links barely show).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class KeyboardFocusIsClearlyVisible(E2EFixture app)
{
    /// <summary>Presses Tab until the focused element matches <paramref name="selector"/>; returns its outline.</summary>
    private static async Task<string> TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var outline = await page.EvaluateAsync<string?>(
                "s => document.activeElement?.matches(s) ? getComputedStyle(document.activeElement).outline : null", selector);
            if (outline is not null) return outline;
        }
        throw new Xunit.Sdk.XunitException($"Tab never reached {selector}");
    }

    [Theory]
    [InlineData(false, "rgb(109, 40, 217)")]  // AppTheme light primary #6d28d9
    [InlineData(true, "rgb(167, 139, 250)")]  // AppTheme dark primary #a78bfa
    public async Task The_explore_tabs_and_a_post_link_show_a_solid_ring_in_the_primary_colour(bool dark, string primary)
    {
        var site = await AccessibilitySite.SeedAsync(app, dark ? "ringdark" : "ringlight");
        var page = await AccessibilitySite.NewPageAsync(app, dark);
        await AccessibilitySite.OpenAsync(page, site.SignedOutPages.Single(p => p.Name == "explore"));

        Assert.Equal($"{primary} solid 3px", await TabToAsync(page, "[role=tab]"));
        Assert.Equal($"{primary} solid 3px", await TabToAsync(page, "[data-testid=post-card] a"));
    }
}
