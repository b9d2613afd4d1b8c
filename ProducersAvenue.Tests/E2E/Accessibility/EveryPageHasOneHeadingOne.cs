using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Accessibility;

/// <summary>
/// Every main page has exactly one <c>h1</c>, headings start there and never skip a level, and moving to another page puts
/// focus on its <c>h1</c> (Routes' <c>FocusOnNavigate</c>), so a screen reader announces where the member landed.
/// Checked at phone width with a screenshot of each page, in the dark theme only: headings do not depend on the theme, and
/// <see cref="MainPagesHaveNoSeriousAxeViolations"/> shoots both themes at desktop width.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class EveryPageHasOneHeadingOne(E2EFixture app)
{
    private const string HeadingLevels = "() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.tagName[1]))";

    [Fact]
    public async Task Every_main_page_has_one_h1_and_no_skipped_heading_level()
    {
        const bool dark = true;
        const string theme = "dark";
        var site = await AccessibilitySite.SeedAsync(app, $"head{theme}");
        var problems = new List<string>();

        var visitor = await AccessibilitySite.NewPageAsync(app, dark, width: 390);
        var visitorShots = new Screenshots(visitor, $"Phone-{theme}-signed-out");
        foreach (var target in site.SignedOutPages) await CheckAsync(visitor, target, visitorShots, problems);

        var admin = await AccessibilitySite.NewPageAsync(app, dark, width: 390);
        await admin.SignInAsync(site.Admin);
        var adminShots = new Screenshots(admin, $"Phone-{theme}-signed-in");
        foreach (var target in site.SignedInPages) await CheckAsync(admin, target, adminShots, problems);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Moving_to_another_page_puts_focus_on_its_h1()
    {
        var site = await AccessibilitySite.SeedAsync(app, "focus");
        var page = await AccessibilitySite.NewPageAsync(app, dark: false);
        await page.SignInAsync(site.Admin);
        await AccessibilitySite.OpenAsync(page, site.SignedInPages[0]);

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Explore" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Explore" })).ToBeFocusedAsync();
    }

    private static async Task CheckAsync(IPage page, MainPage target, Screenshots shots, List<string> problems)
    {
        await AccessibilitySite.OpenAsync(page, target);
        await shots.TakeAsync(target.Name);
        var levels = await page.EvaluateAsync<int[]>(HeadingLevels);
        var outline = string.Join(" ", levels.Select(l => $"h{l}"));
        if (levels.Count(l => l == 1) != 1 || levels.FirstOrDefault() != 1)
            problems.Add($"{target.Name} ({target.Path}): needs exactly one h1, first; has [{outline}]");
        for (var i = 1; i < levels.Length; i++)
        {
            if (levels[i] > levels[i - 1] + 1)
            {
                problems.Add($"{target.Name} ({target.Path}): h{levels[i - 1]} is followed by h{levels[i]} in [{outline}]");
                break;
            }
        }
    }
}
