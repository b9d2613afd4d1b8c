using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.E2E.Accounts;

/// <summary>
/// The Content-Security-Policy (decision 032) must not break the site: the main pages, signed out and in, load and go
/// interactive with no policy violation reported by the browser.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class PagesRunUnderTheContentSecurityPolicy(E2EFixture app)
{
    [Fact]
    public async Task Main_pages_report_no_policy_violation()
    {
        await app.App.CreateMemberAsync("csp_member");
        var page = await app.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add($"{page.Url}: {message.Text}");
        };
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI))");

        // A visitor's static explore (decision 143: the layout's script, no circuit); then a member's interactive pages,
        // whose marker shows only once the circuit (script, import map, WebSocket) runs.
        await new SocialPages(page).OpenAsync("/explore");
        await new DevMailboxPage(page).OpenAsync();
        await VisitAsync(page, "/Account/Register");
        await page.SignInAsync("csp_member");
        await new SocialPages(page).OpenAsync("/");
        await new SocialPages(page).OpenAsync("/u/csp_member");
        foreach (var path in new[] { "/search?q=beat", "/notifications", "/Account/Manage" }) await VisitAsync(page, path);

        Assert.Empty(violations);
    }

    private static async Task VisitAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
