using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Accounts;

[Collection(E2ECollection.Name)]
public sealed class SignUpConfirmSignInSignOut(E2EFixture app)
{
    [Fact]
    public async Task A_new_member_signs_up_confirms_by_email_signs_in_by_username_and_signs_out()
    {
        var page = await app.NewPageAsync();
        var shots = new Screenshots(page);
        const string password = "a long enough phrase";

        var register = new RegisterPage(page);
        await register.OpenAsync();
        await shots.TakeAsync("register-empty");
        await register.FillAsync("Nova_Beats", "nova@example.test", password);
        await register.SubmitAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();
        await shots.TakeAsync("register-confirmation");

        var mailbox = new DevMailboxPage(page);
        await mailbox.OpenAsync();
        await mailbox.OpenEmailAsync("Confirm your Producers Avenue email", "nova@example.test");
        await shots.TakeAsync("mailbox");
        await mailbox.ClickLinkInEmailAsync("Confirm your email address");
        await Expect(page.GetByText("Thank you for confirming your email.")).ToBeVisibleAsync();
        await shots.TakeAsync("email-confirmed");

        var login = new LoginPage(page);
        await login.OpenAsync();
        await shots.TakeAsync("login");
        await login.SignInAsync("nova_beats", password);
        // Home, which sends a member this new on to the welcome steps (possibly before "/" has finished loading).
        await page.WaitForAddressAsync(new Regex("^" + Regex.Escape(app.BaseAddress.ToString()) + "(welcome)?$"));
        var shell = new AppShell(page);
        await Expect(shell.EditProfileLink).ToBeVisibleAsync();
        await shots.TakeAsync("home-signed-in");

        await shell.SignOutAsync();
        await shots.TakeAsync("after-sign-out");
        await Expect(shell.SignInLink).ToBeVisibleAsync();
        await Expect(shell.EditProfileLink).ToHaveCountAsync(0);
        await shots.TakeAsync("signed-out");
    }

    [Fact]
    public async Task Registration_errors_show_at_their_fields_and_keep_what_was_typed()
    {
        await app.App.CreateMemberAsync("taken_name");
        var page = await app.NewPageAsync();
        var shots = new Screenshots(page);

        var register = new RegisterPage(page);
        await register.OpenAsync();
        await register.FillAsync("Taken_Name", "someone@example.test", "short");
        await register.SubmitAsync();

        await Expect(page.GetByText("That username is taken. Choose another one.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Email", new() { Exact = true })).ToHaveValueAsync("someone@example.test");
        await shots.TakeAsync("username-taken");

        await page.GetByLabel("Username", new() { Exact = true }).FillAsync("free_name");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("short");
        await register.SubmitAsync();
        await Expect(page.GetByText("Passwords must be at least 8 characters.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Username", new() { Exact = true })).ToHaveValueAsync("free_name");
        await shots.TakeAsync("password-too-short");
    }

    [Fact]
    public async Task A_banned_member_is_told_why_on_the_login_page()
    {
        var user = await app.App.CreateMemberAsync("banned_bob");
        await app.Db.ScalarAsync<int>("UPDATE user_profiles SET is_banned = true, ban_reason = 'selling stolen samples' WHERE user_id = $1", user.Id);
        var page = await app.NewPageAsync();
        var shots = new Screenshots(page);

        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.SignInAsync("banned_bob@example.test", ProducersAvenue.Tests.Support.AppFactory.Password);

        await Expect(login.Alert).ToHaveTextAsync("Your account was suspended: selling stolen samples");
        await shots.TakeAsync("banned");
    }
}
