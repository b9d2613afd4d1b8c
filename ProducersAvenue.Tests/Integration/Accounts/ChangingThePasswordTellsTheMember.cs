using System.Net;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>
/// A password change is told to the account's email, with the way to reset it: a change the member did not make (a
/// session left open somewhere) does not go unnoticed. A refused change sends nothing.
/// </summary>
public sealed class ChangingThePasswordTellsTheMember : WebAppTest
{
    private const string Subject = "Your Producers Avenue password was changed";

    [Fact]
    public async Task The_account_email_is_told_of_a_change_and_not_of_a_refused_one()
    {
        await App.CreateMemberAsync("pass_changer", "pass.changer@example.test");
        using var client = FormClient.For(App);
        await client.SignInAsync("pass_changer");

        using var refused = await client.SubmitAsync("/Account/Manage/ChangePassword", "change-password", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = "not-the-password-1", ["Input.NewPassword"] = "Another-pass-2027", ["Input.ConfirmPassword"] = "Another-pass-2027",
        });
        Assert.Equal(0, await Db.ScalarAsync<long>("SELECT count(*) FROM email_outbox WHERE subject = $1", Subject));

        using var changed = await client.SubmitAsync("/Account/Manage/ChangePassword", "change-password", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = AppFactory.Password, ["Input.NewPassword"] = "Another-pass-2027", ["Input.ConfirmPassword"] = "Another-pass-2027",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var body = await Db.ScalarAsync<string>("SELECT html_body FROM email_outbox WHERE to_address = 'pass.changer@example.test' AND subject = $1", Subject);
        Assert.Contains("/Account/ForgotPassword", body);
    }
}
