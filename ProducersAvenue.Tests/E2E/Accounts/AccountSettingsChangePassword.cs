using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Accounts;

[Collection(E2ECollection.Name)]
public sealed class AccountSettingsChangePassword(E2EFixture app)
{
    [Fact]
    public async Task A_member_changes_their_password_in_account_settings_and_signs_in_with_the_new_one()
    {
        await app.App.CreateMemberAsync("pass_changer");
        var page = await app.NewPageAsync();
        var shots = new Screenshots(page);
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.SignInAsync("pass_changer", AppFactory.Password);
        await page.WaitForAddressAsync(app.BaseAddress.ToString());

        await page.GotoAsync("/Account/Manage/ChangePassword");
        await page.GetByLabel("Old password").FillAsync(AppFactory.Password);
        await page.GetByLabel("New password").FillAsync("the second password");
        await page.GetByLabel("Confirm password").FillAsync("the second password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update password" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Your password has been changed");
        await shots.TakeAsync("password-changed");

        // The menu marks the section a page belongs to, its own sub-pages included.
        var menu = page.Locator(".pa-manage-nav");
        await Expect(menu.Locator("[aria-current=page]")).ToHaveTextAsync("Password");
        await page.GotoAsync("/Account/Manage/EnableAuthenticator");
        await Expect(menu.Locator("[aria-current=page]")).ToHaveTextAsync("Two-factor authentication");
        await page.GotoAsync("/Account/Manage/DeletePersonalData");
        await Expect(menu.Locator("[aria-current=page]")).ToHaveTextAsync("Personal data");
        await page.GotoAsync("/Account/Manage");
        await Expect(menu.Locator("[aria-current=page]")).ToHaveTextAsync("Overview");

        await new AppShell(page).SignOutAsync();
        await login.OpenAsync();
        await login.SignInAsync("pass_changer", "the second password");
        await page.WaitForAddressAsync(app.BaseAddress.ToString());
        await Expect(new AppShell(page).EditProfileLink).ToBeVisibleAsync();
    }
}
