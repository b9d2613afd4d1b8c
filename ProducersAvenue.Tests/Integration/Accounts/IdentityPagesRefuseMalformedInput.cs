using System.Net;
using Microsoft.AspNetCore.Identity;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>Hand-edited links and forms get a clear page, a redirect or a 400, never a 500 (each of these threw).</summary>
public sealed class IdentityPagesRefuseMalformedInput : WebAppTest
{
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
}
