using System.Net;
using AngleSharp.Html.Parser;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>
/// QA10: a refused account form opens on its first field that needs a fix (the one field with <c>autofocus</c>, which the
/// browser focuses and Blazor's FocusOnNavigate then leaves alone), described by its message — not on the page's h1 with
/// the messages tied to nothing. The browser's side is in the E2E AccountFormsOpenOnTheirFirstError.
/// </summary>
public sealed class RefusedAccountFormsOpenOnTheirFirstError : WebAppTest
{
    [Fact]
    public async Task An_empty_sign_up_opens_on_the_username_alone()
    {
        using var client = FormClient.For(App);

        using var response = await client.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Username"] = "", ["Input.Email"] = "", ["Input.Password"] = "",
        });

        await AssertOpensOnAsync(response, "Input.Username", "Choose a username.");
    }

    [Fact]
    public async Task A_sign_up_with_a_good_username_opens_on_the_email_even_when_the_username_was_checked_last()
    {
        using var client = FormClient.For(App);

        // The username's own check adds its message after the form's rules: the order on the page decides, not that.
        using var response = await client.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Username"] = "Taken.", ["Input.Email"] = "bad", ["Input.Password"] = "x",
        });

        await AssertOpensOnAsync(response, "Input.Username", "A username cannot start or end with a dot.");
        using var second = await client.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Username"] = "fresh_one", ["Input.Email"] = "bad", ["Input.Password"] = "x",
        });
        await AssertOpensOnAsync(second, "Input.Email", "Enter a valid email address.");
    }

    [Fact]
    public async Task A_page_opened_without_a_refusal_has_no_autofocus()
    {
        using var client = FormClient.For(App);

        var html = await client.PageAsync("/Account/Register");

        Assert.Empty(new HtmlParser().ParseDocument(html).QuerySelectorAll("[autofocus]"));
    }

    [Theory]
    [InlineData("/Account/ResendEmailConfirmation", "resend-email-confirmation", "Enter your email address.")]
    [InlineData("/Account/ForgotPassword", "forgot-password", "Enter your email address.")]
    public async Task An_empty_email_request_opens_on_the_email(string url, string form, string message)
    {
        using var client = FormClient.For(App);

        using var response = await client.SubmitAsync(url, form, new Dictionary<string, string> { ["Input.Email"] = "" });

        await AssertOpensOnAsync(response, "Input.Email", message);
    }

    [Fact]
    public async Task A_reset_with_a_good_email_opens_on_the_missing_password()
    {
        using var client = FormClient.For(App);

        using var response = await client.SubmitAsync("/Account/ResetPassword?code=YWJj", "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = "someone@example.test", ["Input.Password"] = "", ["Input.ConfirmPassword"] = "other",
        });

        await AssertOpensOnAsync(response, "Input.Password", "The Password field is required.");
    }

    [Theory]
    [InlineData("/Account/Manage", "profile", "Input.PhoneNumber", "call me", "Enter a phone number: digits, spaces, +, - and brackets.")]
    [InlineData("/Account/Manage/Email", "change-email", "Input.NewEmail", "bad", "Enter a valid email address.")]
    [InlineData("/Account/Manage/ChangePassword", "change-password", "Input.OldPassword", "", "The Old password field is required.")]
    public async Task A_refused_settings_form_opens_on_its_field(string url, string form, string field, string value, string message)
    {
        await App.CreateMemberAsync("settings_focus");
        using var client = FormClient.For(App);
        await client.SignInAsync("settings_focus");

        using var response = await client.SubmitAsync(url, form, new Dictionary<string, string> { [field] = value });

        await AssertOpensOnAsync(response, field, message);
    }

    [Fact]
    public async Task A_wrong_password_when_closing_the_account_is_told_at_the_password()
    {
        await App.CreateMemberAsync("closing_focus");
        using var client = FormClient.For(App);
        await client.SignInAsync("closing_focus");

        using var response = await client.SubmitAsync("/Account/Manage/DeletePersonalData", "delete-user",
            new Dictionary<string, string> { ["Input.Password"] = "not my password" });

        await AssertOpensOnAsync(response, "Input.Password", "Incorrect password.");
    }

    /// <summary>
    /// The page came back (200) with exactly one autofocus, on <paramref name="fieldId"/>, which is marked invalid and whose
    /// aria-describedby names its FieldError holding <paramref name="message"/>.
    /// </summary>
    internal static async Task AssertOpensOnAsync(HttpResponseMessage response, string fieldId, string message)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal([fieldId], page.QuerySelectorAll("[autofocus]").Select(e => e.Id));
        var field = page.GetElementById(fieldId)!;
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        var described = (field.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(page.GetElementById).Where(e => e is not null && e.ClassList.Contains("pa-field-error"));
        Assert.Contains(message, Assert.Single(described)!.TextContent);
    }
}
