using ProducersAvenue.Tests.E2E.Support;

namespace ProducersAvenue.Tests.E2E.Accessibility;

/// <summary>
/// The sweep's own axe runner (<see cref="Axe"/>) finds what axe finds: a page with an image without a text alternative
/// and grey-on-white text fails, and the same page mended passes — so an empty answer from the sweep means no violation,
/// not a runner that never ran.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class TheAxeRunnerReportsViolations(E2EFixture app)
{
    private const string Broken = """
        <html lang="en"><head><title>Broken</title></head><body><main><h1>Broken</h1>
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
        <p style="color:#ccc;background:#fff">Hard to read</p></main></body></html>
        """;

    private const string Mended = """
        <html lang="en"><head><title>Mended</title></head><body><main><h1>Mended</h1>
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="A dot">
        <p style="color:#333;background:#fff">Easy to read</p></main></body></html>
        """;

    [Fact]
    public async Task A_missing_alt_and_low_contrast_are_reported_with_their_elements_and_a_mended_page_passes()
    {
        var page = await app.NewPageAsync();
        await page.SetContentAsync(Broken);

        var all = await Axe.RunTagsAsync(page, "wcag2a", "wcag2aa");
        var image = Assert.Single(all, v => v.Id == "image-alt");
        Assert.Equal("critical", image.Impact);
        Assert.Contains("<img", Assert.Single(image.Nodes).Html);
        Assert.Contains(all, v => v.Id == "color-contrast" && v.Impact == "serious");
        var colours = await Axe.RunRulesAsync(page, "color-contrast");
        Assert.Equal(["color-contrast"], colours.Select(v => v.Id));

        await page.SetContentAsync(Mended);
        Assert.Empty(await Axe.RunTagsAsync(page, "wcag2a", "wcag2aa"));
    }
}
