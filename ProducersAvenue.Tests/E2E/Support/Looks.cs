using Microsoft.Playwright;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>
/// One theme of a screenshot sweep: <see cref="ShootAsync"/> shoots the page as it is at desktop width and again resized
/// to a phone's, so both widths come from one load of the page.
/// </summary>
public sealed class Look(IPage page, bool dark, string test)
{
    private readonly Screenshots _shots = new(page, test);

    public bool Dark => dark;

    public Task ShootAsync(string step) => _shots.TakeAtBothWidthsAsync(step, dark);
}

/// <summary>Screenshot sweeps at desktop and phone widths in both themes.</summary>
public static class Looks
{
    /// <summary>
    /// Runs <paramref name="body"/> once per theme, in a tab of its own at 1280 wide (signed in as
    /// <paramref name="username"/> when given); each <see cref="Look.ShootAsync"/> in it shoots desktop and phone. A sweep
    /// thus signs in twice and opens each page twice, not four times (decision 236).
    /// </summary>
    public static async Task SweepAsync(this E2EFixture app, string? username, string test, Func<IPage, Look, Task> body)
    {
        foreach (var dark in new[] { false, true })
        {
            var page = await app.NewPageAsync(1280, dark);
            if (username is not null) await page.SignInAsync(username);
            await body(page, new Look(page, dark, test));
            await page.Context.CloseAsync();
        }
    }

    /// <summary>
    /// Waits for the dark palette (applied once interactive), then for what a shot must not catch halfway: fonts, the
    /// images being loaded, and transitions under way (the drawer sliding after a resize) — at most two seconds, and no
    /// longer than they take (a fixed 300 ms, three times a shot, was ~90 s of the browser lane's run).
    /// </summary>
    public static async Task SettleAsync(IPage page, bool dark)
    {
        if (dark) await page.WaitForFunctionAsync("() => getComputedStyle(document.body).backgroundColor === 'rgb(23, 19, 31)'");
        await page.EvaluateAsync(Settled);
    }

    private const string Settled = """
        async () => {
            const frame = () => new Promise(done => requestAnimationFrame(() => done()));
            const until = performance.now() + 2000;
            const loading = [...document.images].filter(i => !i.complete && i.loading !== 'lazy')
                .map(i => new Promise(done => { i.addEventListener('load', done, { once: true }); i.addEventListener('error', done, { once: true }); }));
            await Promise.race([Promise.all([document.fonts.ready, ...loading]), new Promise(done => setTimeout(done, 2000))]);
            await frame();
            const moving = () => document.getAnimations().some(a => a.playState === 'running' && Number.isFinite(a.effect?.getComputedTiming().endTime));
            while (moving() && performance.now() < until) await frame();
            await frame();
        }
        """;
}
