using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Accounts;

/// <summary>
/// A role change reaches an open tab on its next action: the role comes from <c>user_profiles</c>, not from the cookie
/// the tab was opened with. The action here is an in-tab navigation (<c>Blazor.navigateTo</c>, what a link click does).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class AnOpenTabFollowsRoleChanges(E2EFixture app)
{
    private async Task<(IPage Page, Guid Id)> OpenHomeAsync(string username, string role)
    {
        // Settled: a new member's home sends them to the welcome steps, a navigation that could land after the test's own.
        var member = await app.CreateSettledMemberAsync(username);
        await app.Db.ScalarAsync<int>("UPDATE user_profiles SET role = $2 WHERE user_id = $1", member, role);
        var page = await app.NewPageAsync();
        await page.SignInAsync(username);
        await new SocialPages(page).OpenAsync("/");
        return (page, member);
    }

    [Fact]
    public async Task A_member_promoted_to_admin_opens_the_admin_outbox_from_the_open_tab()
    {
        var (page, id) = await OpenHomeAsync("promoted_in_tab", "member");

        await app.Db.ScalarAsync<int>("UPDATE user_profiles SET role = 'admin' WHERE user_id = $1", id);
        await page.EvaluateAsync("Blazor.navigateTo('/admin/outbox')");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Email outbox" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_admin_demoted_to_member_is_refused_the_admin_outbox_from_the_open_tab()
    {
        var (page, id) = await OpenHomeAsync("demoted_in_tab", "admin");

        await app.Db.ScalarAsync<int>("UPDATE user_profiles SET role = 'member' WHERE user_id = $1", id);
        await page.EvaluateAsync("Blazor.navigateTo('/admin/outbox')");

        // The address is what is asserted: waiting for the access-denied page's load event as well timed out on a loaded machine.
        // Signed in, the tab is told no — it is not sent to a sign-in form the member has already passed.
        await page.WaitForAddressAsync(new Regex("/Account/AccessDenied"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Access denied" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Email outbox" })).ToHaveCountAsync(0);
    }
}
