using Microsoft.Playwright;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>One of the looks a screenshot sweep covers: a width (desktop or phone) and a theme.</summary>
public readonly record struct Look(int Width, bool Dark)
{
    public bool Phone => Width < 600;

    /// <summary>"1280-light", "390-dark": for screenshot folder names.</summary>
    public string Suffix => $"{Width}-{(Dark ? "dark" : "light")}";
}

/// <summary>Screenshot sweeps at desktop and phone widths in both themes.</summary>
public static class Looks
{
    /// <summary>
    /// Runs <paramref name="body"/> in each of the four looks: one tab per theme (signed in as <paramref name="username"/>
    /// when given), first at 1280 wide, then resized to a phone's 390 — the body opens its pages again after the resize.
    /// A sweep thus signs in twice rather than four times.
    /// </summary>
    public static async Task SweepAsync(this E2EFixture app, string? username, Func<IPage, Look, Task> body)
    {
        foreach (var dark in new[] { false, true })
        {
            var page = await app.NewPageAsync(1280, dark);
            if (username is not null) await page.SignInAsync(username);
            foreach (var width in new[] { 1280, 390 })
            {
                if (width != 1280) await page.SetViewportSizeAsync(width, 844);
                await body(page, new Look(width, dark));
            }
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Waits for the dark palette (applied once interactive) and a moment for fonts and images.</summary>
    public static async Task SettleAsync(IPage page, bool dark)
    {
        if (dark) await page.WaitForFunctionAsync("() => getComputedStyle(document.body).backgroundColor === 'rgb(23, 19, 31)'");
        await page.WaitForTimeoutAsync(300);
    }
}
