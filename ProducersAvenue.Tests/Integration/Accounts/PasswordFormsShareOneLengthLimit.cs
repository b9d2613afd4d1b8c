using System.Net;
using Microsoft.AspNetCore.Identity;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Account;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>
/// Sign-up allows passwords up to <c>Accounts:PasswordMaxLength</c> (128); the change and reset forms capped them at 100.
/// Every form now takes the limits from AccountOptions through Identity's validators.
/// </summary>
public sealed class PasswordFormsShareOneLengthLimit : WebAppTest
{
    private static readonly string LongPassword = string.Concat(Enumerable.Repeat("long phrase ", 10)); // 120 characters

    [Fact]
    public async Task Changing_to_a_120_character_password_works_and_signs_in()
    {
        await App.CreateMemberAsync("long_changer");
        using var client = FormClient.For(App);
        await client.SignInAsync("long_changer");

        using var response = await client.SubmitAsync("/Account/Manage/ChangePassword", "change-password", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = AppFactory.Password, ["Input.NewPassword"] = LongPassword, ["Input.ConfirmPassword"] = LongPassword,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True((await SignInAsync("long_changer", LongPassword)).Result.Succeeded);
    }

    [Fact]
    public async Task Changing_to_a_password_over_the_limit_says_the_limit()
    {
        await App.CreateMemberAsync("too_long");
        using var client = FormClient.For(App);
        await client.SignInAsync("too_long");
        var tooLong = new string('p', 129);

        using var response = await client.SubmitAsync("/Account/Manage/ChangePassword", "change-password", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = AppFactory.Password, ["Input.NewPassword"] = tooLong, ["Input.ConfirmPassword"] = tooLong,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("at most 128 characters", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Resetting_to_a_120_character_password_works_and_signs_in()
    {
        var member = await App.CreateMemberAsync("long_resetter");
        string code;
        await using (var scope = App.Scope())
        {
            var users = scope.Get<UserManager<ApplicationUser>>();
            code = EmailLinkCodes.Encode(await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(member.Id.ToString()))!));
        }
        using var client = FormClient.For(App);

        using var response = await client.SubmitAsync($"/Account/ResetPassword?code={code}", "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = member.Email!, ["Input.Password"] = LongPassword, ["Input.ConfirmPassword"] = LongPassword,
        });

        Assert.Equal("/Account/ResetPasswordConfirmation", FormClient.Target(response).AbsolutePath);
        Assert.True((await SignInAsync("long_resetter", LongPassword)).Result.Succeeded);
    }
}
