using System.Net;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>
/// A form answered again after a refusal — a wrong password at sign-in, a taken username at sign-up, a wrong old password
/// at a change — never writes the passwords typed into its HTML (<c>PasswordInput</c>): they were in the page's source,
/// where a cache, a saved page or a shared screen shows them. The other fields keep what was typed.
/// </summary>
public sealed class RefusedFormsDoNotEchoPasswords : WebAppTest
{
    private const string Typed = "Secret-typed-9431";

    [Fact]
    public async Task A_failed_sign_in_keeps_the_login_and_not_the_password()
    {
        await App.CreateMemberAsync("echo_tester");
        using var client = FormClient.For(App);

        using var response = await client.SubmitAsync("/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Login"] = "echo_tester", ["Input.Password"] = Typed });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("value=\"echo_tester\"", html);
        Assert.DoesNotContain(Typed, html);
    }

    [Fact]
    public async Task A_refused_sign_up_keeps_the_username_and_not_the_password()
    {
        using var client = FormClient.For(App);

        using var response = await client.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Username"] = "x", ["Input.Email"] = "echo@example.test", ["Input.Password"] = Typed,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("value=\"echo@example.test\"", html);
        Assert.DoesNotContain(Typed, html);
    }

    [Fact]
    public async Task A_refused_password_change_keeps_none_of_the_three()
    {
        await App.CreateMemberAsync("echo_changer");
        using var client = FormClient.For(App);
        await client.SignInAsync("echo_changer");

        using var response = await client.SubmitAsync("/Account/Manage/ChangePassword", "change-password", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = Typed + "a", ["Input.NewPassword"] = Typed + "b", ["Input.ConfirmPassword"] = Typed + "b",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(Typed, await response.Content.ReadAsStringAsync());
    }
}
