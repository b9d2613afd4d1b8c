using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Accounts;

/// <summary>"Delete personal data" in the browser: a wrong password changes nothing; the right one closes the account.</summary>
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

        await page.GotoAsync("/Account/Manage/DeletePersonalData");
        var delete = page.GetByRole(AriaRole.Button, new() { Name = "Delete data and close my account" });
        await page.GetByLabel("Password").FillAsync("not my password");
        await delete.ClickAsync();
        await Expect(page.GetByText("Incorrect password.")).ToBeVisibleAsync();
        await shots.TakeAsync("delete-wrong-password");
        Assert.Equal(1L, await app.Db.ScalarAsync<long>("SELECT count(*) FROM auth.users WHERE id = $1", member.Id));

        await page.GetByLabel("Password").FillAsync(AppFactory.Password);
        await delete.ClickAsync();
        await page.WaitForAddressAsync(app.BaseAddress.ToString());

        Assert.Equal(0L, await app.Db.ScalarAsync<long>("SELECT count(*) FROM auth.users WHERE id = $1", member.Id));
        Assert.Equal(0L, await app.Db.ScalarAsync<long>("SELECT count(*) FROM posts WHERE user_id = $1", member.Id));
        await login.OpenAsync();
        await login.SignInAsync("closing_cleo", AppFactory.Password);
        await Expect(login.Alert).ToBeVisibleAsync();
        Assert.Contains("/Account/Login", page.Url);
    }
}
