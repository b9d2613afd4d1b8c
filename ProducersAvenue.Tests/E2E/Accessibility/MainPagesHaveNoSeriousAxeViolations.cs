using ProducersAvenue.Tests.E2E.Support;

namespace ProducersAvenue.Tests.E2E.Accessibility;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA rules) over the main pages, signed out and signed in, with the bell's panel and the
/// account menu open, in the light and the dark theme: any serious or critical violation fails, listed with its rule and
/// elements. New pages belong in <see cref="AccessibilitySite"/>. The themes differ only in colours (one class on
/// <c>html</c> switches the palette; the markup is the same), so the dark theme is checked with the rules that read
/// colours — contrast, and links told apart from text — and the light with all of them (decision 232). The pages are
/// visited by <see cref="MainPagesSweep"/>, once for every check that reads them.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class MainPagesHaveNoSeriousAxeViolations(E2EFixture app)
{
    [Fact]
    public async Task Main_pages_have_no_serious_or_critical_WCAG_violations_in_either_theme()
    {
        var sweep = await MainPagesSweep.OfAsync(app);

        Assert.True(sweep.Axe.Count == 0, "axe found serious or critical violations:\n" + string.Join("\n", sweep.Axe));
    }
}
