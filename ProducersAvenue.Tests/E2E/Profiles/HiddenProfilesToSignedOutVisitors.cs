using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Profiles;

[Collection(E2ECollection.Name)]
public sealed class HiddenProfilesToSignedOutVisitors(E2EFixture app)
{
    private async Task CreateAsync(string username, string visibility)
    {
        var id = await app.Db.CreateUserAsync(username);
        await app.Db.ScalarAsync<int>("UPDATE user_profiles SET profile_visibility = $1, display_name = 'Secret Name', bio = 'Secret bio' WHERE user_id = $2",
            visibility, id);
    }

    [Fact]
    public async Task A_private_profile_tells_a_signed_out_visitor_it_is_private_without_an_error()
    {
        await CreateAsync("hidden_hana", "private");
        var page = await app.NewPageAsync();
        var shots = new Screenshots(page);

        var response = await page.GotoAsync("/u/hidden_hana");

        Assert.Equal(200, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This profile is private" })).ToBeVisibleAsync();
        await Expect(page.GetByText("@hidden_hana shares their profile only with their connections.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Secret bio")).ToHaveCountAsync(0);
        await Expect(page.GetByText("Secret Name")).ToHaveCountAsync(0);
        await shots.TakeAsync("private");
    }

    [Fact]
    public async Task A_members_only_profile_asks_a_signed_out_visitor_to_sign_in_and_returns_there_after()
    {
        await CreateAsync("members_mo", "members_only");
        var page = await app.NewPageAsync();
        var shots = new Screenshots(page);

        var response = await page.GotoAsync("/u/members_mo");

        Assert.Equal(200, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to see this profile" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Secret bio")).ToHaveCountAsync(0);
        await shots.TakeAsync("members-only");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login\\?ReturnUrl=%2Fu%2Fmembers_mo$"));
    }
}
