using Microsoft.Playwright;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Jobs;

/// <summary>
/// Hangfire's dashboard in the browser (decision 017): an admin reaches it from the admin menu, sees the recurring jobs the
/// app's server scheduled, on desktop and phone, all under the site's Content-Security-Policy.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class AdminsWatchTheBackgroundJobs(E2EFixture app)
{
    [Fact]
    public async Task An_admin_opens_the_dashboard_from_the_menu_and_sees_the_recurring_jobs()
    {
        // Through onboarding already: a new member's home sends them on to /welcome, which once won over the menu's click.
        await app.SkipOnboardingAsync(await app.CreateWithPasswordAsync("jobs_watcher", UserRole.Admin));
        var page = await app.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add($"{page.Url}: {message.Text}");
        };
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI))");
        var shots = new Screenshots(page);
        await page.SignInAsync("jobs_watcher");
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Background jobs" }).ClickAsync();
        await page.WaitForAddressAsync("/admin/jobs");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Recurring Jobs" })).ToBeVisibleAsync();
        await shots.TakeAsync("dashboard");

        await page.GetByRole(AriaRole.Link, new() { Name = "Recurring Jobs" }).ClickAsync();
        var row = page.Locator("tr").Filter(new() { HasText = "email-outbox-delivery" });
        await Expect(row).ToContainTextAsync("* * * * *");
        await shots.TakeAsync("recurring-jobs");

        // Triggering a job from the dashboard is tested over HTTP (TheJobsDashboardIsForAdminsOnly): in the browser the
        // trigger raced the app's own scheduler now and then, which made this test flaky.

        var phone = await app.NewPageAsync(width: 390, dark: true);
        await phone.SignInAsync("jobs_watcher");
        await phone.GotoAsync("/admin/jobs/recurring");
        await Expect(phone.Locator("tr").Filter(new() { HasText = "email-outbox-delivery" })).ToBeVisibleAsync();
        await new Screenshots(phone, "An_admin_opens_the_dashboard_on_a_phone").TakeAsync("recurring-jobs-dark");

        Assert.Empty(violations);
    }
}
