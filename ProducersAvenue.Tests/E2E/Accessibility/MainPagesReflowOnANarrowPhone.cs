using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;

namespace ProducersAvenue.Tests.E2E.Accessibility;

/// <summary>
/// WCAG 2.1's reflow (1.4.10): at 320 CSS pixels wide — the narrowest phones, or a desktop zoomed to 400% — the main pages,
/// signed out and signed in, fit the screen's width: nothing makes the page itself scroll sideways, and nothing in the
/// fixed app bar is cut off at its edge (its last button stood 8 px past it), whose buttons are one size. Tables may scroll inside their own reachable
/// box; the page may not. And no words are squeezed into a column of letters beside their neighbours. The pages are visited
/// by <see cref="MainPagesSweep"/>, which resizes each to this width once the other checks have read it.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class MainPagesReflowOnANarrowPhone(E2EFixture app)
{
    public const int Width = 320;

    [Fact]
    public async Task Main_pages_fit_320_pixels_without_scrolling_sideways()
    {
        var sweep = await MainPagesSweep.OfAsync(app);

        Assert.True(sweep.Reflow.Count == 0, $"pages that do not fit {Width} px:\n" + string.Join("\n", sweep.Reflow));
    }

    /// <summary>What does not fit on the page <paramref name="page"/> shows at <see cref="Width"/>, shot when something is too wide.</summary>
    internal static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page, MainPage target, Screenshots shots)
    {
        var wide = new List<string>();
        // The app bar is fixed, so what stands past its edge is cut off rather than scrolled to: measured apart.
        var width = await page.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollWidth, ...[...document.querySelectorAll('header.mud-appbar *')].map(e => Math.ceil(e.getBoundingClientRect().right)))");
        if (width > Width)
        {
            var culprits = await page.EvaluateAsync<string[]>(WidestElements, Width);
            wide.Add($"  {target.Name} ({target.Path}): {width} px — {string.Join("; ", culprits)}");
            await shots.TakeAsync(target.Name);
        }
        // Nothing is squeezed into a sliver beside its neighbours (a follow list's names broke a letter or two a line).
        foreach (var squeezed in await page.EvaluateAsync<string[]>(Squeezed))
            wide.Add($"  {target.Name} ({target.Path}): squeezed {squeezed}");
        // The app bar's icon buttons are one size (the theme toggle of a page in the system theme stood taller).
        var heights = await page.EvaluateAsync<double[]>("() => [...new Set([...document.querySelectorAll('header.mud-appbar .mud-icon-button')].map(e => e.getBoundingClientRect().height))]");
        if (heights.Length > 1) wide.Add($"  {target.Name} ({target.Path}): app bar buttons of {string.Join(", ", heights)} px");
        return wide;
    }

    /// <summary>
    /// Visible text of eight characters or more drawn in a box under 90 px wide and over three lines tall: words broken
    /// into a column of letters because something beside them took the width.
    /// </summary>
    private const string Squeezed = """
        () => [...document.querySelectorAll('main *')].filter(e => {
            const text = [...e.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent.trim()).join(' ');
            if (text.length < 8) return false;
            const box = e.getBoundingClientRect(), style = getComputedStyle(e);
            const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4;
            return box.width > 0 && box.width < 90 && box.height > 3.2 * line;
        }).slice(0, 3).map(e => `"${e.textContent.trim().slice(0, 30)}" (${Math.round(e.getBoundingClientRect().width)} px wide)`)
        """;

    /// <summary>The elements whose right edge passes the screen's, outermost first: where to look.</summary>
    private const string WidestElements = """
        limit => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > limit + 1)
            .slice(0, 5)
            .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].slice(0, 3).join('.')} (${Math.round(e.getBoundingClientRect().right)} px)`)
        """;
}
