using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Accessibility;

/// <summary>
/// Every main page has exactly one <c>h1</c>, headings start there and never skip a level (read by
/// <see cref="MainPagesSweep"/>: the outline is the markup's, the same at every width and in either theme), and moving to
/// another page puts focus on its <c>h1</c> (Routes' <c>FocusOnNavigate</c>), so a screen reader announces where the member landed.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class EveryPageHasOneHeadingOne(E2EFixture app)
{
    private const string HeadingLevels = "() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.tagName[1]))";

    [Fact]
    public async Task Every_main_page_has_one_h1_and_no_skipped_heading_level()
    {
        var sweep = await MainPagesSweep.OfAsync(app);

        Assert.True(sweep.Headings.Count == 0, string.Join("\n", sweep.Headings));
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

    /// <summary>What is wrong with the heading outline of the page <paramref name="page"/> shows (<paramref name="target"/>).</summary>
    internal static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page, MainPage target)
    {
        var problems = new List<string>();
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
        return problems;
    }
}
