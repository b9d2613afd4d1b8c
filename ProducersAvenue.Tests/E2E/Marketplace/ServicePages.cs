using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;

namespace ProducersAvenue.Tests.E2E.Marketplace;

/// <summary>The service form, the service page and Find a Mentor as a member uses them; every Open waits until the page is interactive.</summary>
public sealed class ServicePages(IPage page)
{
    public async Task OpenAsync(string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-interactive=true]").First.WaitForAsync();
    }

    public ILocator Field(string label) => page.GetByLabel(label, new() { Exact = true });

    /// <summary>Chooses an option of a select by its label.</summary>
    public Task ChooseAsync(string label, string option) => page.ChooseAsync(label, option);

    public ILocator PackageEditors => page.GetByTestId("package-editor");
    public ILocator PackageInput(int number, string part) => page.Locator($"#package-{number}-{part}");
    public ILocator Packages => page.GetByTestId("package");
    public ILocator MentorCards => page.GetByTestId("mentor-card");

    /// <summary>
    /// Full-page screenshots at desktop and phone widths, dark then light (the theme cookie the toggle writes), the page
    /// opened once per theme; it ends opened afresh, light, at desktop width.
    /// </summary>
    public async Task ShootAllAsync(E2E.Support.Screenshots shots, string name)
    {
        var url = page.Url;
        var origin = new Uri(url).GetLeftPart(UriPartial.Authority);
        foreach (var dark in new[] { true, false })
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = "pa-theme", Value = dark ? "dark" : "light", Url = origin + "/" }]);
            await OpenAsync(url);
            await shots.TakeAtBothWidthsAsync(name, dark);
        }
    }
}
