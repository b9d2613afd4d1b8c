using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Accessibility;

/// <summary>
/// One visit to each of <see cref="AccessibilitySite"/>'s main pages, signed out and signed in, for every check that reads
/// them: axe in the light theme (<see cref="MainPagesHaveNoSeriousAxeViolations"/>), the heading outline
/// (<see cref="EveryPageHasOneHeadingOne"/>), axe's colour rules in the dark theme, and the reflow at 320 px
/// (<see cref="MainPagesReflowOnANarrowPhone"/>), with screenshots at desktop and phone widths in both themes. Each page
/// is loaded once, in the light theme at desktop width; the dark theme is then put on as the app bar's toggle puts it
/// on an interactive page (html's class: the markup is the same, decision 232), and the tab resized as a turned phone
/// resizes it. The sweep runs once per E2E fixture, for whichever of those tests comes first; each asserts its own findings.
/// Three sweeps of their own (axe twice), each loading every page, took ~120 s of the browser lane (decision 240).
/// </summary>
public sealed class MainPagesSweep
{
    private static readonly string[] WcagAandAA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>The rules whose answer depends on the palette: all that the dark theme can change.</summary>
    private static readonly string[] Colours = ["color-contrast", "link-in-text-block"];

    private static readonly string[] Blocking = ["serious", "critical"];

    private static readonly ConditionalWeakTable<E2EFixture, Task<MainPagesSweep>> Runs = new();

    /// <summary>Serious or critical WCAG A/AA violations, in either theme.</summary>
    public List<string> Axe { get; } = [];

    /// <summary>Pages without exactly one <c>h1</c> first, or with a skipped heading level.</summary>
    public List<string> Headings { get; } = [];

    /// <summary>Pages that do not fit 320 px.</summary>
    public List<string> Reflow { get; } = [];

    /// <summary>The sweep over <paramref name="app"/>'s site: run by the first caller, shared with the rest.</summary>
    public static Task<MainPagesSweep> OfAsync(E2EFixture app)
    {
        lock (Runs) return Runs.GetValue(app, RunAsync);
    }

    private static async Task<MainPagesSweep> RunAsync(E2EFixture app)
    {
        var sweep = new MainPagesSweep();
        var site = await AccessibilitySite.SeedAsync(app, "sweep");

        // The visitor has no theme cookie: the server paints their pages in the system theme (CSS), as a first visit's.
        var visitor = await app.NewPageAsync();
        var visitorShots = new Shots(visitor, "signed-out");
        foreach (var target in site.SignedOutPages) await sweep.CheckAsync(visitor, target, visitorShots);
        await visitor.Context.CloseAsync();

        var admin = await AccessibilitySite.NewPageAsync(app, dark: false);
        await admin.SignInAsync(site.Admin);
        var adminShots = new Shots(admin, "signed-in");
        foreach (var target in site.SignedInPages) await sweep.CheckAsync(admin, target, adminShots);

        // The bell's panel open (it exists only while open).
        await OpenAsync(admin, site.SignedInPages[0]);
        await admin.GetByRole(AriaRole.Button, new() { NameRegex = new("^Notifications, ") }).ClickAsync();
        await admin.Locator("#pa-bell-panel").GetByRole(AriaRole.Link, new() { Name = "See all" }).WaitForAsync();
        await admin.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running')");
        await sweep.CheckColoursAsync(admin, new MainPage("bell-open", "/"), adminShots);

        // The account menu open (its links exist only while open). Escape closes the bell where focus is in it; the axe run
        // may have moved focus, so it is put back on the panel first, and the panel gone before the menu is clicked.
        await admin.Locator("#pa-bell-panel").GetByRole(AriaRole.Link, new() { Name = "See all" }).FocusAsync();
        await admin.Keyboard.PressAsync("Escape");
        await Expect(admin.Locator("#pa-bell-panel")).ToHaveCountAsync(0);
        await admin.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Account menu" }).ClickAsync();
        await admin.GetByRole(AriaRole.Navigation, new() { Name = "Account", Exact = true }).WaitForAsync();
        await sweep.CheckColoursAsync(admin, new MainPage("account-menu-open", "/"), adminShots);
        await admin.Context.CloseAsync();
        return sweep;
    }

    /// <summary>Every check on <paramref name="target"/>, from one load of it.</summary>
    private async Task CheckAsync(IPage page, MainPage target, Shots shots)
    {
        await page.SetViewportSizeAsync(1280, 900);
        await OpenAsync(page, target);
        Headings.AddRange(await EveryPageHasOneHeadingOne.ProblemsAsync(page, target));
        await CheckColoursAsync(page, target, shots, thenLight: false);

        // A phone in the dark theme (widths and themes are independent: the phone is shot in one of them).
        await ResizeAsync(page, 390);
        await shots.PhoneDark.TakeAsync(target.Name);
        await ResizeAsync(page, MainPagesReflowOnANarrowPhone.Width);
        Reflow.AddRange(await MainPagesReflowOnANarrowPhone.ProblemsAsync(page, target, shots.Reflow));
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
    }

    /// <summary>
    /// Opens <paramref name="target"/> with CSS transitions off: the checks read the styles a change ends in, and the
    /// palette's colours and the drawer (sliding as the width crosses its breakpoint) would otherwise take a quarter of a
    /// second to get there after each flip and resize.
    /// </summary>
    private static async Task OpenAsync(IPage page, MainPage target)
    {
        await AccessibilitySite.OpenAsync(page, target);
        await page.AddStyleTagAsync(new() { Content = "*, *::before, *::after { transition: none !important; }" });
    }

    /// <summary>All of axe's WCAG A/AA rules in the light theme, then its colour rules in the dark theme, shooting both.</summary>
    private async Task CheckColoursAsync(IPage page, MainPage target, Shots shots, bool thenLight = true)
    {
        await shots.Light.TakeAsync(target.Name);
        Add(target, "light", await Accessibility.Axe.RunTagsAsync(page, WcagAandAA));
        await ThemeAsync(page, dark: true);
        await shots.Dark.TakeAsync(target.Name);
        Add(target, "dark", await Accessibility.Axe.RunRulesAsync(page, Colours));
        if (thenLight) await ThemeAsync(page, dark: false);
    }

    private void Add(MainPage target, string theme, IEnumerable<AxeViolation> violations)
    {
        foreach (var violation in violations.Where(v => Blocking.Contains(v.Impact)))
        {
            var nodes = violation.Nodes.Select(n => $"      {n.Target} {n.Html}");
            Axe.Add($"  {target.Name} ({target.Path}, {theme}): {violation.Id} [{violation.Impact}] {violation.Help} — {violation.Count} element(s)\n{string.Join("\n", nodes)}");
        }
    }

    /// <summary>
    /// The theme as the app bar's toggle puts it on in place (MainLayout.razor.js: html's pa-dark or pa-light class), with
    /// the system theme emulated to match.
    /// </summary>
    private static async Task ThemeAsync(IPage page, bool dark)
    {
        await page.EmulateMediaAsync(new() { ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light });
        await page.EvaluateAsync("""
            dark => {
              document.documentElement.classList.toggle('pa-dark', dark);
              document.documentElement.classList.toggle('pa-light', !dark);
            }
            """, dark);
        await page.WaitForFunctionAsync("dark => getComputedStyle(document.body).backgroundColor === (dark ? 'rgb(23, 19, 31)' : 'rgb(247, 246, 251)')", dark);
    }

    private static async Task ResizeAsync(IPage page, int width)
    {
        await page.SetViewportSizeAsync(width, 844);
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }

    /// <summary>The sweep's screenshot folders for one tab: <c>Axe-light-*</c>, <c>Axe-dark-*</c>, <c>Phone-dark-*</c>, and <c>Reflow-*</c> for what does not fit.</summary>
    private sealed class Shots(IPage page, string who)
    {
        public Screenshots Light { get; } = new(page, $"Axe-light-{who}");
        public Screenshots Dark { get; } = new(page, $"Axe-dark-{who}");
        public Screenshots PhoneDark { get; } = new(page, $"Phone-dark-{who}");
        public Screenshots Reflow { get; } = new(page, $"Reflow-{who}");
    }
}
