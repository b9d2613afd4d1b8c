using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;

namespace ProducersAvenue.Tests.E2E.Accessibility;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA rules) over the main pages, signed out and signed in, in the light and the dark theme
/// (each page opened once, checked, its theme flipped with the app bar's toggle and checked again): any serious or
/// critical violation fails, listed with its rule, theme and elements. New pages belong in <see cref="AccessibilitySite"/>.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class MainPagesHaveNoSeriousAxeViolations(E2EFixture app)
{
    private static readonly AxeRunOptions WcagAandAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    private static readonly string[] Blocking = ["serious", "critical"];

    [Fact]
    public async Task Main_pages_have_no_serious_or_critical_WCAG_violations_in_either_theme()
    {
        var site = await AccessibilitySite.SeedAsync(app, "axe");
        var findings = new List<string>();

        var visitor = await AccessibilitySite.NewPageAsync(app, dark: false);
        var visitorShots = new Screenshots(visitor, "Axe-signed-out");
        foreach (var target in site.SignedOutPages) await CheckBothThemesAsync(visitor, target, visitorShots, findings);

        var admin = await AccessibilitySite.NewPageAsync(app, dark: false);
        await admin.SignInAsync(site.Admin);
        var adminShots = new Screenshots(admin, "Axe-signed-in");
        foreach (var target in site.SignedInPages) await CheckBothThemesAsync(admin, target, adminShots, findings);

        // The bell's menu open (its list renders in the popover provider only while open), in each theme.
        var bell = new MainPage("bell-open", "/");
        await AccessibilitySite.OpenAsync(admin, site.SignedInPages[0]);
        for (var round = 0; round < 2; round++)
        {
            if (round == 1) await FlipThemeAsync(admin, site.SignedInPages[0]);
            await admin.GetByRole(AriaRole.Button, new() { NameRegex = new("^Notifications, ") }).ClickAsync();
            await admin.GetByRole(AriaRole.Menuitem, new() { Name = "See all" }).WaitForAsync();
            await admin.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running')");
            await CheckAsync(admin, bell, adminShots, findings);
            await admin.Keyboard.PressAsync("Escape");
        }

        Assert.True(findings.Count == 0, "axe found serious or critical violations:\n" + string.Join("\n", findings));
    }

    /// <summary>
    /// Opens <paramref name="target"/> in the theme the tab is in, checks it, flips the theme with the app bar's toggle
    /// (in place on interactive pages, by a reload on static ones: what a member gets) and checks it again. The next page
    /// opens in the flipped theme (the toggle's cookie), so the themes take turns being painted by the server.
    /// </summary>
    private static async Task CheckBothThemesAsync(IPage page, MainPage target, Screenshots shots, List<string> findings)
    {
        await AccessibilitySite.OpenAsync(page, target);
        await CheckAsync(page, target, shots, findings);
        await FlipThemeAsync(page, target);
        await CheckAsync(page, target, shots, findings);
    }

    private static async Task FlipThemeAsync(IPage page, MainPage target)
    {
        var dark = await IsDarkAsync(page);
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        var toggle = page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Dark mode" });
        if (await toggle.GetAttributeAsync("data-pa-theme-reload") is not null)
        {
            // A static page loads again to be painted by the server in the new theme.
            await page.RunAndWaitForResponseAsync(() => toggle.ClickAsync(), r => r.Request.ResourceType == "document");
            await AccessibilitySite.OpenAsync(page, target, navigate: false);
        }
        else
        {
            await toggle.ClickAsync();
        }
        await page.WaitForFunctionAsync("dark => document.documentElement.classList.contains(dark ? 'pa-dark' : 'pa-light')", !dark);
        await page.WaitForFunctionAsync("previous => getComputedStyle(document.body).backgroundColor !== previous", background);
        await page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running')");
    }

    private static Task<bool> IsDarkAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('pa-dark')");

    private static async Task CheckAsync(IPage page, MainPage target, Screenshots shots, List<string> findings)
    {
        var theme = await IsDarkAsync(page) ? "dark" : "light";
        await shots.TakeAsync($"{target.Name}-{theme}");
        var result = await page.RunAxe(WcagAandAA);
        foreach (var violation in result.Violations.Where(v => Blocking.Contains(v.Impact)))
        {
            var nodes = violation.Nodes.Take(4).Select(n => $"      {string.Join(" ", n.Target?.ToString())} {Shorten(n.Html)}");
            findings.Add($"  {target.Name} ({target.Path}, {theme}): {violation.Id} [{violation.Impact}] {violation.Help} — {violation.Nodes.Length} element(s)\n{string.Join("\n", nodes)}");
        }
    }

    private static string Shorten(string? html) => html is null ? "" : html.Length <= 160 ? html : html[..160] + "…";
}
