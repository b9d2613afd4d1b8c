using System.Net;
using Microsoft.AspNetCore.Identity;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Account;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>
/// A password reset through the emailed link tells the owner by email, as a change in the settings does (in case it was
/// not them); the same link opened again says it was already used and where to ask for a new one, not "Invalid token."
/// </summary>
public sealed class APasswordResetIsToldAndSpent : WebAppTest
{
    [Fact]
    public async Task The_owner_is_emailed_and_a_second_use_of_the_link_explains_itself()
    {
        var member = await App.CreateMemberAsync("reset_twice");
        string code;
        await using (var scope = App.Scope())
        {
            var users = scope.Get<UserManager<ApplicationUser>>();
            code = EmailLinkCodes.Encode(await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(member.Id.ToString()))!));
        }
        var form = new Dictionary<string, string>
        {
            ["Input.Email"] = member.Email!, ["Input.Password"] = "A-new-phrase-2026", ["Input.ConfirmPassword"] = "A-new-phrase-2026",
        };
        using var client = FormClient.For(App);

        using var first = await client.SubmitAsync($"/Account/ResetPassword?code={code}", "reset-password", form);
        using var second = await client.SubmitAsync($"/Account/ResetPassword?code={code}", "reset-password", form);

        Assert.Equal("/Account/ResetPasswordConfirmation", FormClient.Target(first).AbsolutePath);
        Assert.Equal(1L, await Db.ScalarAsync<long>(
            "SELECT count(*) FROM email_outbox WHERE to_address = $1 AND subject = 'Your Producers Avenue password was changed'", member.Email!));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var html = WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync());
        Assert.Contains(ProducersAvenue.Web.Components.Account.Pages.ResetPassword.LinkDoesNotFit, html);
        Assert.DoesNotContain("Invalid token", html);
    }

    [Fact]
    public async Task A_short_password_is_answered_at_its_field_before_the_link_is_tried_and_the_link_still_works()
    {
        var member = await App.CreateMemberAsync("reset_short");
        await App.CreateMemberAsync("reset_other", "other.reset@example.test");
        string code;
        await using (var scope = App.Scope())
        {
            var users = scope.Get<UserManager<ApplicationUser>>();
            code = EmailLinkCodes.Encode(await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(member.Id.ToString()))!));
        }
        using var client = FormClient.For(App);

        // Another member's address with a short password: the password's rule, not "the link was already used".
        using var shortOne = await client.SubmitAsync($"/Account/ResetPassword?code={code}", "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = "other.reset@example.test", ["Input.Password"] = "x", ["Input.ConfirmPassword"] = "x",
        });
        var html = WebUtility.HtmlDecode(await shortOne.Content.ReadAsStringAsync());
        Assert.Contains("Passwords must be at least", html);
        Assert.DoesNotContain("does not work with that email address", html);

        using var wrongMail = await client.SubmitAsync($"/Account/ResetPassword?code={code}", "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = "other.reset@example.test", ["Input.Password"] = "A-new-phrase-2026", ["Input.ConfirmPassword"] = "A-new-phrase-2026",
        });
        Assert.Contains("does not work with that email address", WebUtility.HtmlDecode(await wrongMail.Content.ReadAsStringAsync()));

        using var right = await client.SubmitAsync($"/Account/ResetPassword?code={code}", "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = member.Email!, ["Input.Password"] = "A-new-phrase-2026", ["Input.ConfirmPassword"] = "A-new-phrase-2026",
        });
        Assert.Equal("/Account/ResetPasswordConfirmation", FormClient.Target(right).AbsolutePath);
    }
}
