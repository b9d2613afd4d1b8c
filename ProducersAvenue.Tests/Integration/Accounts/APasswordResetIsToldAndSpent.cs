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
        Assert.Contains("This reset link was already used or has expired.", html);
        Assert.DoesNotContain("Invalid token", html);
    }
}
