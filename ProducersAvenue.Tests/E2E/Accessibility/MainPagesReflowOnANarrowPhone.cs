using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;

namespace ProducersAvenue.Tests.E2E.Accessibility;

/// <summary>
/// WCAG 2.1's reflow (1.4.10): at 320 CSS pixels wide — the narrowest phones, or a desktop zoomed to 400% — the main pages,
/// signed out and signed in, fit the screen's width: nothing makes the page itself scroll sideways, and nothing in the
/// fixed app bar is cut off at its edge (its last button stood 8 px past it), whose buttons are one size. Tables may scroll inside their own reachable
/// box; the page may not.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class MainPagesReflowOnANarrowPhone(E2EFixture app)
{
    private const int Width = 320;

    [Fact]
    public async Task Main_pages_fit_320_pixels_without_scrolling_sideways()
    {
        var site = await AccessibilitySite.SeedAsync(app, "reflow");
        var wide = new List<string>();

        var visitor = await app.NewPageAsync(Width);
        var visitorShots = new Screenshots(visitor, "Reflow-signed-out");
        foreach (var target in site.SignedOutPages) await CheckAsync(visitor, target, visitorShots, wide);

        var admin = await app.NewPageAsync(Width);
        await admin.SignInAsync(site.Admin);
        var adminShots = new Screenshots(admin, "Reflow-signed-in");
        foreach (var target in site.SignedInPages) await CheckAsync(admin, target, adminShots, wide);

        Assert.True(wide.Count == 0, $"pages that do not fit {Width} px:\n" + string.Join("\n", wide));
    }

    private static async Task CheckAsync(IPage page, MainPage target, Screenshots shots, List<string> wide)
    {
        await AccessibilitySite.OpenAsync(page, target);
        // The app bar is fixed, so what stands past its edge is cut off rather than scrolled to: measured apart.
        var width = await page.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollWidth, ...[...document.querySelectorAll('header.mud-appbar *')].map(e => Math.ceil(e.getBoundingClientRect().right)))");
        if (width > Width)
        {
            var culprits = await page.EvaluateAsync<string[]>(WidestElements, Width);
            wide.Add($"  {target.Name} ({target.Path}): {width} px — {string.Join("; ", culprits)}");
            await shots.TakeAsync(target.Name);
        }
        // The app bar's icon buttons are one size (the theme toggle of a page in the system theme stood taller).
        var heights = await page.EvaluateAsync<double[]>("() => [...new Set([...document.querySelectorAll('header.mud-appbar .mud-icon-button')].map(e => e.getBoundingClientRect().height))]");
        if (heights.Length > 1) wide.Add($"  {target.Name} ({target.Path}): app bar buttons of {string.Join(", ", heights)} px");
    }

    /// <summary>The elements whose right edge passes the screen's, outermost first: where to look.</summary>
    private const string WidestElements = """
        limit => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > limit + 1)
            .slice(0, 5)
            .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].slice(0, 3).join('.')} (${Math.round(e.getBoundingClientRect().right)} px)`)
        """;
}
