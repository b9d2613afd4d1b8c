using System.Net;
using Microsoft.AspNetCore.Identity;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>Hand-edited links and forms get a clear page, a redirect or a 400, never a 500 (each of these threw).</summary>
public sealed partial class IdentityPagesRefuseMalformedInput(ClassWebApp shared) : IClassFixture<ClassWebApp>
{
    private AppFactory App => shared.App;
    private TestDb Db => shared.Db;

    [Theory]
    [InlineData("/Account/ConfirmEmail?userId=not-a-guid&code=abc")]
    [InlineData("/Account/ConfirmEmailChange?userId=not-a-guid&email=new%40example.test&code=abc")]
    public async Task Email_links_with_a_user_id_that_is_not_a_guid_say_the_link_is_not_valid(string url)
    {
        using var client = FormClient.For(App);

        using var response = await client.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("link is not valid", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_confirmation_link_whose_code_is_not_base64url_says_the_link_is_not_valid()
    {
        var member = await App.CreateMemberAsync("bad_code");
        using var client = FormClient.For(App);

        using var response = await client.Http.GetAsync($"/Account/ConfirmEmail?userId={member.Id}&code=not*base64!");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("link is not valid", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_reset_link_whose_code_is_not_base64url_goes_to_the_invalid_reset_page()
    {
        using var client = FormClient.For(App);

        using var response = await client.Http.GetAsync("/Account/ResetPassword?code=not*base64!");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/InvalidPasswordReset", FormClient.Target(response).AbsolutePath);
    }

    [Theory]
    [InlineData("/Account/LoginWith2fa")]
    [InlineData("/Account/LoginWith2fa?rememberMe=maybe")]
    [InlineData("/Account/LoginWithRecoveryCode")]
    public async Task Two_factor_pages_without_a_pending_sign_in_send_the_visitor_to_sign_in(string url)
    {
        using var client = FormClient.For(App);

        using var response = await client.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", FormClient.Target(response).AbsolutePath);
    }

    [Theory]
    [InlineData("/Account/LoginWith2fa", "/")]
    [InlineData("/Account/LoginWithRecoveryCode?ReturnUrl=%2Fmarket", "/market")]
    [InlineData("/Account/LoginWith2fa?ReturnUrl=https%3A%2F%2Fevil.example%2F", "/")]
    public async Task Two_factor_pages_opened_while_signed_in_go_on_to_where_the_member_was_going(string url, string expected)
    {
        await shared.MemberAsync("already_in");
        using var client = FormClient.For(App);
        await client.SignInAsync("already_in");

        using var response = await client.Http.GetAsync(url);

        // Not "That sign-in has expired or was not started" on the sign-in form, to a member who is signed in.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, FormClient.Target(response).AbsolutePath);
        Assert.Equal("localhost", FormClient.Target(response).Host);
    }

    [Fact]
    public async Task A_pending_two_factor_sign_in_with_a_remember_me_that_is_not_a_boolean_shows_the_code_form()
    {
        var member = await App.CreateMemberAsync("two_factor");
        await using (var scope = App.Scope())
        {
            var users = scope.Get<UserManager<ApplicationUser>>();
            var user = (await users.FindByIdAsync(member.Id.ToString()))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }
        using var client = FormClient.For(App);
        using var signIn = await client.SubmitAsync("/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Login"] = "two_factor", ["Input.Password"] = AppFactory.Password });
        Assert.Equal("/Account/LoginWith2fa", FormClient.Target(signIn).AbsolutePath);

        using var response = await client.Http.GetAsync("/Account/LoginWith2fa?rememberMe=maybe");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Authenticator code", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signing_out_without_an_antiforgery_token_is_a_bad_request()
    {
        await App.CreateMemberAsync("logout_no_token");
        using var client = FormClient.For(App);
        await client.SignInAsync("logout_no_token");

        using var response = await client.Http.PostAsync("/Account/Logout",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["ReturnUrl"] = "" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var still = await client.Http.GetAsync("/Account/Manage");
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task A_sign_up_form_with_nul_bytes_comes_back_with_its_messages_and_what_was_typed()
    {
        using var client = FormClient.For(App);

        using var response = await client.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Username"] = "nul\0name", ["Input.Email"] = "not-an-email\0", ["Input.Password"] = "pass\0word",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Enter a valid email address.", html);
        Assert.Contains("value=\"nulname\"", html);
    }

    [Fact]
    public async Task A_sign_in_with_nul_bytes_says_the_details_do_not_match()
    {
        await App.CreateMemberAsync("nul_signin");
        using var client = FormClient.For(App);

        using var response = await client.SubmitAsync("/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Login"] = "nul_signin", ["Input.Password"] = "wrong\0password" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("do not match", await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// The same forms sent as multipart (a script's or a tool's choice): no middleware can strip NUL from multipart bodies
    /// (files carry them), so the database's lookups by email or login must not fail on one (they threw 22021, a 500).
    /// </summary>
    [Theory]
    [InlineData("/Account/Login", "login", "Input.Login", "member\0@example.test")]
    [InlineData("/Account/Register", "register", "Input.Email", "nul\0@example.test")]
    [InlineData("/Account/ForgotPassword", "forgot-password", "Input.Email", "nul\0@example.test")]
    public async Task A_multipart_form_with_a_nul_byte_gets_the_pages_answer_not_a_500(string url, string form, string field, string value)
    {
        await shared.MemberAsync("multipart_nul", "member@example.test");
        using var client = FormClient.For(App);
        var fields = FormClient.HiddenFields(await client.PageAsync(url), form);
        fields["Input.Username"] = "multipart_new";
        fields["Input.Password"] = "Not-the-password-1";
        fields[field] = value;
        using var body = new MultipartFormDataContent();
        foreach (var (name, text) in fields) body.Add(new StringContent(text), name);

        using var response = await client.Http.PostAsync(url, body);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{url} answered {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("/Account/ForgotPassword", "forgot-password")]
    [InlineData("/Account/ResendEmailConfirmation", "resend-email-confirmation")]
    public async Task Every_email_field_speaks_the_sites_words(string url, string form)
    {
        using var client = FormClient.For(App);

        using var invalid = await client.SubmitAsync(url, form, new Dictionary<string, string> { ["Input.Email"] = "not an email" });
        using var empty = await client.SubmitAsync(url, form, new Dictionary<string, string> { ["Input.Email"] = "" });

        Assert.Contains("Enter a valid email address.", await invalid.Content.ReadAsStringAsync());
        Assert.Contains("Enter your email address.", await empty.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_overlong_email_is_told_its_limit_in_the_sites_words()
    {
        using var client = FormClient.For(App);

        using var response = await client.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Username"] = "long_email", ["Input.Email"] = new string('a', 400) + "@example.test", ["Input.Password"] = AppFactory.Password,
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("An email address has at most 320 characters.", html);
        Assert.DoesNotContain("maximum length", html);
    }

    [Theory]
    [InlineData("%00")]
    [InlineData("nul%00name")]
    public async Task Passkey_options_for_a_typed_name_with_a_nul_byte_are_options_not_an_error(string username)
    {
        using var client = FormClient.For(App);
        var login = await client.PageAsync("/Account/Login");
        var header = PasskeyTokenAttribute().Match(login);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/Account/PasskeyRequestOptions?username={username}");
        request.Headers.Add(header.Groups["name"].Value, System.Net.WebUtility.HtmlDecode(header.Groups["value"].Value));

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"challenge\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/Account/PasskeyRequestOptions")]
    [InlineData("/Account/PasskeyCreationOptions")]
    public async Task Passkey_options_asked_without_the_pages_token_are_a_bad_request_not_an_error(string path)
    {
        using var client = FormClient.For(App);

        using var response = await client.Http.PostAsync(path, null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [System.Text.RegularExpressions.GeneratedRegex("request-token-name=\"(?<name>[^\"]+)\"\\s+request-token-value=\"(?<value>[^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex PasskeyTokenAttribute();

    [Fact]
    public async Task A_phone_number_of_a_hundred_thousand_digits_is_refused_at_its_field()
    {
        var member = await App.CreateMemberAsync("long_phone");
        using var client = FormClient.For(App);
        await client.SignInAsync("long_phone");

        using var response = await client.SubmitAsync("/Account/Manage", "profile",
            new Dictionary<string, string> { ["Input.PhoneNumber"] = new string('5', 100_000) });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("A phone number has at most 32 characters.", html);
        Assert.Single(PhoneMessage().Matches(html)); // at the field, not again in a summary above the form
        Assert.Null(await Db.ScalarAsync<string>("SELECT phone_number FROM auth.users WHERE id = $1", member.Id));
    }

    [Theory]
    [InlineData("<script>@x.test")]
    [InlineData("name@localhost")]
    [InlineData("two..dots@example.test")]
    [InlineData("name@-example.test")]
    public async Task A_new_email_that_is_not_a_mailbox_is_refused_and_nothing_is_sent(string address)
    {
        await shared.MemberAsync("odd_mail", "odd_mail@example.test");
        using var client = FormClient.For(App);
        await client.SignInAsync("odd_mail");

        using var response = await client.SubmitAsync("/Account/Manage/Email", "change-email",
            new Dictionary<string, string> { ["Input.NewEmail"] = address });

        Assert.Contains("Enter a valid email address.", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await Db.ScalarAsync<long>("SELECT count(*) FROM email_outbox WHERE to_address = $1", address));
    }

    [Fact]
    public async Task The_same_email_in_other_capitals_is_unchanged_and_sends_nothing()
    {
        await App.CreateMemberAsync("case_mail", "case_mail@example.test");
        using var client = FormClient.For(App);
        await client.SignInAsync("case_mail");

        using var response = await client.SubmitAsync("/Account/Manage/Email", "change-email",
            new Dictionary<string, string> { ["Input.NewEmail"] = "CASE_MAIL@EXAMPLE.TEST" });

        Assert.Contains("Your email is unchanged.", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await Db.ScalarAsync<long>("SELECT count(*) FROM email_outbox WHERE lower(to_address) = 'case_mail@example.test'"));
    }

    [System.Text.RegularExpressions.GeneratedRegex("A phone number has at most 32 characters.")]
    private static partial System.Text.RegularExpressions.Regex PhoneMessage();
}
