using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Accessibility;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA rules) over the main pages, signed out and signed in, in the light and the dark theme:
/// any serious or critical violation fails, listed with its rule and elements. New pages belong in <see cref="AccessibilitySite"/>.
/// The themes differ only in colours (one class on <c>html</c> switches the palette; the markup is the same), so the dark
/// run checks the rules that read colours — contrast, and links told apart from text — and the light run all of them
/// (decision 232: the other rules took ~20 s more per run for the same answers).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class MainPagesHaveNoSeriousAxeViolations(E2EFixture app)
{
    private static readonly string[] WcagAandAA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>The rules whose answer depends on the palette.</summary>
    private static readonly string[] Colours = ["color-contrast", "link-in-text-block"];

    private static readonly string[] Blocking = ["serious", "critical"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Main_pages_have_no_serious_or_critical_WCAG_violations(bool dark)
    {
        var theme = dark ? "dark" : "light";
        var site = await AccessibilitySite.SeedAsync(app, $"axe{theme}");
        var findings = new List<string>();

        var visitor = await AccessibilitySite.NewPageAsync(app, dark);
        var visitorShots = new Screenshots(visitor, $"Axe-{theme}-signed-out");
        foreach (var target in site.SignedOutPages) await CheckAsync(dark, visitor, target, visitorShots, findings);

        var admin = await AccessibilitySite.NewPageAsync(app, dark);
        await admin.SignInAsync(site.Admin);
        var adminShots = new Screenshots(admin, $"Axe-{theme}-signed-in");
        foreach (var target in site.SignedInPages) await CheckAsync(dark, admin, target, adminShots, findings);

        // The bell's panel open (it exists only while open).
        await AccessibilitySite.OpenAsync(admin, site.SignedInPages[0]);
        await admin.GetByRole(AriaRole.Button, new() { NameRegex = new("^Notifications, ") }).ClickAsync();
        await admin.Locator("#pa-bell-panel").GetByRole(AriaRole.Link, new() { Name = "See all" }).WaitForAsync();
        await admin.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running')");
        await CheckAsync(dark, admin, new MainPage("bell-open", "/"), adminShots, findings, navigate: false);

        // The account menu open (its links exist only while open). Escape closes the bell where focus is in it; the axe run
        // may have moved focus, so it is put back on the panel first, and the panel gone before the menu is clicked.
        await admin.Locator("#pa-bell-panel").GetByRole(AriaRole.Link, new() { Name = "See all" }).FocusAsync();
        await admin.Keyboard.PressAsync("Escape");
        await Expect(admin.Locator("#pa-bell-panel")).ToHaveCountAsync(0);
        await admin.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Account menu" }).ClickAsync();
        await admin.GetByRole(AriaRole.Navigation, new() { Name = "Account", Exact = true }).WaitForAsync();
        await CheckAsync(dark, admin, new MainPage("account-menu-open", "/"), adminShots, findings, navigate: false);

        Assert.True(findings.Count == 0, $"axe found serious or critical violations in the {theme} theme:\n" + string.Join("\n", findings));
    }

    private static async Task CheckAsync(bool dark, IPage page, MainPage target, Screenshots shots, List<string> findings, bool navigate = true)
    {
        if (navigate) await AccessibilitySite.OpenAsync(page, target);
        await shots.TakeAsync(target.Name);
        var violations = dark ? await Axe.RunRulesAsync(page, Colours) : await Axe.RunTagsAsync(page, WcagAandAA);
        foreach (var violation in violations.Where(v => Blocking.Contains(v.Impact)))
        {
            var nodes = violation.Nodes.Select(n => $"      {n.Target} {n.Html}");
            findings.Add($"  {target.Name} ({target.Path}): {violation.Id} [{violation.Impact}] {violation.Help} — {violation.Count} element(s)\n{string.Join("\n", nodes)}");
        }
    }
}
