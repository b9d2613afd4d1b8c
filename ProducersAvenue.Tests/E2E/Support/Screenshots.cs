using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>Full-page screenshots at <c>$PA_TEST_ARTIFACTS/screenshots/&lt;test&gt;/&lt;step&gt;.png</c> (./artifacts when unset).</summary>
public sealed class Screenshots(IPage page, [CallerMemberName] string test = "")
{
    private int _step;

    public static string Root => Artifacts.Folder("screenshots");

    public async Task TakeAsync(string step)
    {
        var folder = Path.Combine(Root, test);
        Directory.CreateDirectory(folder);
        // At the top, so the fixed app bar sits at the top of a full-page shot and not where the page was scrolled to.
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{++_step:00}-{step}.png"), FullPage = true });
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
