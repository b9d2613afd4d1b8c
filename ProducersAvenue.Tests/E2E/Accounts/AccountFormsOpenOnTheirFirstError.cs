using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Accounts;

/// <summary>
/// QA10: a refused account form came back with its errors shown but the focus on the page's h1, so a screen reader read
/// the heading and nothing of what went wrong; on most of these pages the message was not tied to its field either. The
/// page now opens on the first field that needs a fix, and the field's description is its message.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class AccountFormsOpenOnTheirFirstError(E2EFixture app)
{
    [Fact]
    public async Task An_empty_sign_up_opens_on_the_username_and_a_missing_email_on_the_email()
    {
        var page = await app.NewPageAsync(1366);
        var shots = new Screenshots(page);
        var register = new RegisterPage(page);
        await register.OpenAsync();

        await register.SubmitAsync();

        await OpensOnAsync(page, page.GetByLabel("Username", new() { Exact = true }), "username-error", "Choose a username.");
        await Expect(page.Locator("#email-error")).ToHaveTextAsync("Enter your email address.");
        await Expect(page.Locator("#password-error")).ToHaveTextAsync("Choose a password.");
        await Looks.SettleAsync(page, dark: false);
        await shots.TakeAsync("register-errors-1366-light");

        await page.GetByLabel("Username", new() { Exact = true }).FillAsync("fresh_name");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("a long enough phrase");
        await page.GetByLabel("Password", new() { Exact = true }).PressAsync("Enter");

        await OpensOnAsync(page, page.GetByLabel("Email", new() { Exact = true }), "email-error", "Enter your email address.");
    }

    [Fact]
    public async Task Sign_up_errors_look_right_on_a_phone_in_the_dark()
    {
        var page = await app.NewPageAsync(390, dark: true);
        var shots = new Screenshots(page);
        // The first response of a visit asks for the system theme (decision 070); the pages after it are painted in it.
        await page.GotoAsync("/");
        var register = new RegisterPage(page);
        await register.OpenAsync();
        await register.FillAsync("Taken.", "not-an-email", "short");

        await register.SubmitAsync();

        await OpensOnAsync(page, page.GetByLabel("Username", new() { Exact = true }), "username-error", new Regex("dot"));
        await Expect(page.Locator("#email-error")).ToHaveTextAsync("Enter a valid email address.");
        await Looks.SettleAsync(page, dark: true);
        await shots.TakeAsync("register-errors-390-dark");
    }

    [Fact]
    public async Task An_empty_sign_in_opens_on_the_email_or_username()
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await OpensOnAsync(page, page.GetByLabel("Email or username"), "login-error", "Enter your email address or username.");
    }

    [Fact]
    public async Task A_reset_request_for_a_malformed_address_opens_on_the_email()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/Account/ForgotPassword");
        var email = page.GetByLabel("Email", new() { Exact = true });
        await email.FillAsync("not-an-email");

        await email.PressAsync("Enter");

        await OpensOnAsync(page, email, "email-error", "Enter a valid email address.");
    }

    [Fact]
    public async Task A_password_change_opens_on_the_confirmation_that_does_not_match_then_on_a_wrong_old_password()
    {
        await app.App.CreateMemberAsync("focus_changer");
        var page = await app.NewPageAsync();
        var shots = new Screenshots(page);
        await page.SignInAsync("focus_changer");
        await page.GotoAsync("/Account/Manage/ChangePassword");
        var old = page.GetByLabel("Old password");
        var confirm = page.GetByLabel("Confirm password");
        await old.FillAsync(AppFactory.Password);
        await page.GetByLabel("New password").FillAsync("the second password");
        await confirm.FillAsync("the second pasword");

        await confirm.PressAsync("Enter");

        await OpensOnAsync(page, confirm, "confirm-password-error", "The new password and confirmation password do not match.");
        await shots.TakeAsync("confirmation-differs");

        await old.FillAsync("not my password");
        await page.GetByLabel("New password").FillAsync("the second password");
        await confirm.FillAsync("the second password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update password" }).ClickAsync();

        // Identity's refusal is at the field it is about, not in an alert above the form.
        await OpensOnAsync(page, old, "old-password-error", "Incorrect password.");
        await shots.TakeAsync("old-password-wrong");
    }

    [Fact]
    public async Task Closing_an_account_with_a_wrong_password_opens_on_the_password()
    {
        await app.App.CreateMemberAsync("focus_closer");
        var page = await app.NewPageAsync();
        await page.SignInAsync("focus_closer");
        await page.GotoAsync("/Account/Manage/DeletePersonalData");
        var password = page.GetByLabel("Password");
        await password.FillAsync("not my password");

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete data and close my account" }).ClickAsync();

        await OpensOnAsync(page, password, "password-error", "Incorrect password.");
    }

    private static Task OpensOnAsync(IPage page, ILocator field, string errorId, string message) =>
        OpensOnAsync(page, field, errorId, new Regex("^" + Regex.Escape(message) + "$"));

    /// <summary>
    /// The page came back with the focus on <paramref name="field"/>, marked invalid, and described by the visible message
    /// in <paramref name="errorId"/>: what a screen reader reads as the page opens.
    /// </summary>
    private static async Task OpensOnAsync(IPage page, ILocator field, string errorId, Regex message)
    {
        await Expect(field).ToBeFocusedAsync();
        await Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(field).ToHaveAttributeAsync("aria-describedby", new Regex($@"(^|\s){Regex.Escape(errorId)}(\s|$)"));
        var error = page.Locator($"#{errorId}");
        await Expect(error).ToBeVisibleAsync();
        await Expect(error).ToHaveTextAsync(message);
        await Expect(field).ToHaveAccessibleDescriptionAsync(new Regex(message.ToString().Trim('^', '$')));
    }
}
