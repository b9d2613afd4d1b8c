using System.Net;
using System.Text.RegularExpressions;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Account;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>
/// Two-factor authentication as a member uses it, through the pages' forms: set up the authenticator with the code it
/// shows, keep the recovery codes, then sign in with password and code — or with a recovery code, once.
/// </summary>
public sealed partial class TwoFactorSignInWorksEndToEnd : WebAppTest
{
    private const string Page = "/Account/Manage/EnableAuthenticator";

    private async Task<(string Key, string[] RecoveryCodes)> TurnOnAsync(FormClient client)
    {
        using var created = await client.SubmitAsync(Page, "create-key", new Dictionary<string, string>());
        var key = SharedKey().Match(await client.PageAsync(Page)).Groups["key"].Value;
        Assert.NotEmpty(key);

        using var verified = await client.SubmitAsync(Page, "send-code",
            new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        var html = await verified.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Contains("Your authenticator app has been verified.", html);
        var codes = RecoveryCode().Matches(html).Select(m => m.Groups["code"].Value).ToArray();
        Assert.Equal(10, codes.Length);
        // "Download the codes" is the same ten codes as a text file, made in the page.
        var href = WebUtility.HtmlDecode(DownloadLink().Match(html).Groups["href"].Value);
        Assert.StartsWith("data:text/plain;charset=utf-8,", href);
        var file = Uri.UnescapeDataString(href["data:text/plain;charset=utf-8,".Length..]);
        Assert.All(codes, code => Assert.Contains(code, file));
        return (key, codes);
    }

    private static async Task<HttpResponseMessage> PasswordStepAsync(FormClient client, string login = "two_step") =>
        await client.SubmitAsync("/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Login"] = login, ["Input.Password"] = AppFactory.Password });

    [Fact]
    public async Task A_code_typed_in_groups_turns_two_factor_on_and_letters_are_refused_in_plain_words()
    {
        var member = await App.CreateMemberAsync("grouped_code");
        using var client = FormClient.For(App);
        await client.SignInAsync("grouped_code");
        using var created = await client.SubmitAsync(Page, "create-key", new Dictionary<string, string>());
        var key = SharedKey().Match(await client.PageAsync(Page)).Groups["key"].Value;

        using var letters = await client.SubmitAsync(Page, "send-code", new Dictionary<string, string> { ["Input.Code"] = "abc" });
        await RefusedAccountFormsOpenOnTheirFirstError.AssertOpensOnAsync(letters, "Input.Code", AuthenticatorCodeAttribute.Message);
        Assert.False(await Db.ScalarAsync<bool>("SELECT two_factor_enabled FROM auth.users WHERE id = $1", member.Id));

        // "12 34 56" was refused as "at max 7 characters long" while the page said spaces do not matter.
        var code = Totp.Code(key, DateTimeOffset.UtcNow);
        using var grouped = await client.SubmitAsync(Page, "send-code",
            new Dictionary<string, string> { ["Input.Code"] = $"{code[..2]} {code[2..4]} {code[4..]}" });

        Assert.Contains("Your authenticator app has been verified.", await grouped.Content.ReadAsStringAsync());
        Assert.True(await Db.ScalarAsync<bool>("SELECT two_factor_enabled FROM auth.users WHERE id = $1", member.Id));
    }

    [Fact]
    public async Task A_member_turns_on_two_factor_and_signs_in_with_the_apps_code()
    {
        var member = await App.CreateMemberAsync("two_step");
        using var setup = FormClient.For(App);
        await setup.SignInAsync("two_step");
        var (key, _) = await TurnOnAsync(setup);
        Assert.True(await Db.ScalarAsync<bool>("SELECT two_factor_enabled FROM auth.users WHERE id = $1", member.Id));
        // The tab that turned it on stays signed in (the change rotates the security stamp every request checks).
        using var stillIn = await setup.Http.GetAsync("/Account/Manage/TwoFactorAuthentication");
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);

        using var client = FormClient.For(App);
        using var password = await PasswordStepAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.Contains("/Account/LoginWith2fa", FormClient.Target(password).ToString());

        using var wrong = await client.SubmitAsync(FormClient.Target(password).PathAndQuery, "login-with-2fa",
            new Dictionary<string, string> { ["Input.TwoFactorCode"] = Totp.Code(key, DateTimeOffset.UtcNow.AddHours(-1)) });
        // Told at the code's field, which the page opens on (it was an alert above the form, with the focus on the h1).
        await RefusedAccountFormsOpenOnTheirFirstError.AssertOpensOnAsync(wrong, "Input.TwoFactorCode", "Invalid authenticator code.");

        using var signedIn = await client.SubmitAsync(FormClient.Target(password).PathAndQuery, "login-with-2fa",
            new Dictionary<string, string> { ["Input.TwoFactorCode"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var settings = await client.Http.GetAsync("/Account/Manage");
        Assert.Equal(HttpStatusCode.OK, settings.StatusCode);
        Assert.Contains("two_step", await settings.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        await App.CreateMemberAsync("two_step");
        using var setup = FormClient.For(App);
        await setup.SignInAsync("two_step");
        var (_, codes) = await TurnOnAsync(setup);

        using var first = FormClient.For(App);
        using var password = await PasswordStepAsync(first);
        using var recovered = await first.SubmitAsync("/Account/LoginWithRecoveryCode", "login-with-recovery-code",
            new Dictionary<string, string> { ["Input.RecoveryCode"] = codes[0] });
        Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
        using var settings = await first.Http.GetAsync("/Account/Manage");
        Assert.Equal(HttpStatusCode.OK, settings.StatusCode);

        using var second = FormClient.For(App);
        using var again = await PasswordStepAsync(second);
        using var reused = await second.SubmitAsync("/Account/LoginWithRecoveryCode", "login-with-recovery-code",
            new Dictionary<string, string> { ["Input.RecoveryCode"] = codes[0] });
        await RefusedAccountFormsOpenOnTheirFirstError.AssertOpensOnAsync(reused, "Input.RecoveryCode", "Invalid recovery code entered.");
    }

    [Fact]
    public async Task A_recovery_code_typed_in_small_letters_signs_in_as_the_page_promises()
    {
        await App.CreateMemberAsync("two_small");
        using var setup = FormClient.For(App);
        await setup.SignInAsync("two_small");
        var (_, codes) = await TurnOnAsync(setup);
        Assert.NotEqual(codes[0], codes[0].ToLowerInvariant()); // codes carry letters

        using var client = FormClient.For(App);
        using var password = await PasswordStepAsync(client, "two_small");
        using var recovered = await client.SubmitAsync("/Account/LoginWithRecoveryCode", "login-with-recovery-code",
            new Dictionary<string, string> { ["Input.RecoveryCode"] = " " + codes[0].ToLowerInvariant() });

        Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
    }

    [Theory]
    [InlineData("/Account/Manage/Disable2fa", TwoFactorOff.Disable)]
    [InlineData("/Account/Manage/GenerateRecoveryCodes", TwoFactorOff.RecoveryCodes)]
    public async Task A_two_factor_page_reached_while_it_is_off_says_so_instead_of_failing(string address, string message)
    {
        await App.CreateMemberAsync("two_step");
        using var client = FormClient.For(App);
        await client.SignInAsync("two_step");

        using var visit = await client.Http.GetAsync(address);

        Assert.Equal(HttpStatusCode.Redirect, visit.StatusCode);
        Assert.EndsWith("/Account/Manage/TwoFactorAuthentication", FormClient.Target(visit).AbsolutePath);
        var page = await client.PageAsync(FormClient.Target(visit).PathAndQuery);
        Assert.Contains(WebUtility.HtmlEncode(message["Error: ".Length..]), page);
    }

    [Fact]
    public async Task Turning_two_factor_off_leaves_the_password_enough()
    {
        var member = await App.CreateMemberAsync("two_step");
        using var client = FormClient.For(App);
        await client.SignInAsync("two_step");
        await TurnOnAsync(client);

        using var off = await client.SubmitAsync("/Account/Manage/Disable2fa", "disable-2fa", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.EndsWith("/Account/Manage/TwoFactorAuthentication", FormClient.Target(off).AbsolutePath);
        using var stillIn = await client.Http.GetAsync("/Account/Manage/TwoFactorAuthentication");
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.False(await Db.ScalarAsync<bool>("SELECT two_factor_enabled FROM auth.users WHERE id = $1", member.Id));
        using var fresh = FormClient.For(App);
        using var password = await PasswordStepAsync(fresh);
        Assert.DoesNotContain("LoginWith2fa", FormClient.Target(password).ToString());
    }

    [GeneratedRegex("<kbd>(?<key>[a-z0-9 ]+)</kbd>")]
    private static partial Regex SharedKey();

    [GeneratedRegex("download=\"producers-avenue-recovery-codes.txt\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex DownloadLink();

    [GeneratedRegex("<code class=\"recovery-code\">(?<code>[^<]+)</code>")]
    private static partial Regex RecoveryCode();
}
