using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Accounts;

/// <summary>
/// Personal data in the browser: the member first downloads their data (their post is in the file), then "Delete personal
/// data": a wrong password changes nothing; the right one closes the account.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class AMemberClosesTheirAccount(E2EFixture app)
{
    [Fact]
    public async Task A_member_deletes_their_account_and_can_no_longer_sign_in()
    {
        var member = await app.App.CreateMemberAsync("closing_cleo");
        await app.Db.InsertPostAsync(member.Id, "Cleo's last beat", DateTimeOffset.UtcNow.AddMinutes(-5));
        var page = await app.NewPageAsync();
        var shots = new Screenshots(page);
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.SignInAsync("closing_cleo", AppFactory.Password);
        await page.WaitForAddressAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));

        await page.GotoAsync("/Account/Manage/PersonalData");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download my data" }).ClickAsync());
        Assert.Equal($"producers-avenue-closing_cleo-{DateTimeOffset.UtcNow:yyyy-MM-dd}.json", download.SuggestedFilename);
        Assert.Contains("Cleo's last beat", await File.ReadAllTextAsync((await download.PathAsync())!));

        await page.GetByRole(AriaRole.Link, new() { Name = "Delete my data and close my account" }).ClickAsync();
        await page.WaitForAddressAsync(url => url.EndsWith("/Account/Manage/DeletePersonalData", StringComparison.Ordinal));
        var delete = page.GetByRole(AriaRole.Button, new() { Name = "Delete data and close my account" });
        await page.GetByLabel("Password").FillAsync("not my password");
        await delete.ClickAsync();
        await Expect(page.GetByText("Incorrect password.")).ToBeVisibleAsync();
        await shots.TakeAsync("delete-wrong-password");
        Assert.Equal(1L, await app.Db.ScalarAsync<long>("SELECT count(*) FROM auth.users WHERE id = $1", member.Id));

        await page.GetByLabel("Password").FillAsync(AppFactory.Password);
        await delete.ClickAsync();
        // It says so, rather than leaving a visitor on the home page wondering whether it worked.
        await page.WaitForAddressAsync(url => url.EndsWith("/Account/Closed", StringComparison.Ordinal));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your account is closed" })).ToBeVisibleAsync();
        await shots.TakeAsync("closed");

        Assert.Equal(0L, await app.Db.ScalarAsync<long>("SELECT count(*) FROM auth.users WHERE id = $1", member.Id));
        Assert.Equal(0L, await app.Db.ScalarAsync<long>("SELECT count(*) FROM posts WHERE user_id = $1", member.Id));
        await login.OpenAsync();
        await login.SignInAsync("closing_cleo", AppFactory.Password);
        await Expect(login.Alert).ToBeVisibleAsync();
        Assert.Contains("/Account/Login", page.Url);
    }
}
