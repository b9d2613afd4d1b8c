using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>
/// Screenshots at <c>$PA_TEST_ARTIFACTS/screenshots/&lt;test&gt;/&lt;step&gt;.png</c> (./artifacts when unset): the screen a
/// member sees when the page opens, or the whole page with <c>PA_TEST_FULL_PAGE_SHOTS=1</c>. A whole-page shot lays out and
/// paints the page at its full height and back, 0.5–1 s of the browser lane each against ~0.15 s (decision 263), and a
/// run takes ~380 of them.
/// </summary>
public sealed class Screenshots(IPage page, [CallerMemberName] string test = "")
{
    private int _step;

    public static string Root => Artifacts.Folder("screenshots");

    /// <summary>Whether shots take the whole page rather than the screen.</summary>
    public static bool FullPage { get; } = Environment.GetEnvironmentVariable("PA_TEST_FULL_PAGE_SHOTS") == "1";

    public async Task TakeAsync(string step)
    {
        var folder = Path.Combine(Root, test);
        Directory.CreateDirectory(folder);
        // At the top: the screen a page opens on, and the fixed app bar at the top of a whole-page shot.
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{++_step:00}-{step}.png"), FullPage = FullPage });
    }

    /// <summary>
    /// <c>&lt;step&gt;-desktop-&lt;theme&gt;</c> at the page's 1280 width, then <c>&lt;step&gt;-phone-&lt;theme&gt;</c> resized to a
    /// phone's 390×844 (the layout follows the resize as it follows a turned phone), and back to 1280×900.
    /// </summary>
    public async Task TakeAtBothWidthsAsync(string step, bool dark)
    {
        var theme = dark ? "dark" : "light";
        await Looks.SettleAsync(page, dark);
        await TakeAsync($"{step}-desktop-{theme}");
        await page.SetViewportSizeAsync(390, 844);
        await Looks.SettleAsync(page, dark);
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        await TakeAsync($"{step}-phone-{theme}");
        // Back at desktop width, settled again before the test goes on: a click as the layout reflows can miss its button.
        await page.SetViewportSizeAsync(1280, 900);
        await Looks.SettleAsync(page, dark);
    }
}
