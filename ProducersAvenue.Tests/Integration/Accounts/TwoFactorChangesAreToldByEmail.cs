using System.Net;
using System.Text.RegularExpressions;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Hosting;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>
/// Turning two-factor authentication on or off, resetting the authenticator (which turns it off) and making new recovery
/// codes are told to the account's email, as a password change is: a session left open or stolen cannot quietly remove
/// the second step. A wrong code, which changes nothing, sends nothing.
/// </summary>
public sealed partial class TwoFactorChangesAreToldByEmail : WebAppTest
{
    private const string Address = "two.told@example.test";
    private const string Enable = "/Account/Manage/EnableAuthenticator";

    private Task<long> EmailsAsync(string subject) =>
        Db.ScalarAsync<long>("SELECT count(*) FROM email_outbox WHERE to_address = $1 AND subject = $2", Address, subject);

    private async Task<FormClient> SignedInAsync()
    {
        await App.CreateMemberAsync("two_told", Address);
        var client = FormClient.For(App);
        await client.SignInAsync("two_told");
        return client;
    }

    /// <summary>Makes the authenticator key and sends a code: the app's current one, or <paramref name="wrongCode"/> first.</summary>
    private async Task TurnOnAsync(FormClient client, string? wrongCode = null)
    {
        using var created = await client.SubmitAsync(Enable, "create-key", new Dictionary<string, string>());
        var key = SharedKey().Match(await client.PageAsync(Enable)).Groups["key"].Value;
        foreach (var code in new[] { wrongCode, Totp.Code(key, DateTimeOffset.UtcNow) }.OfType<string>())
        {
            using var sent = await client.SubmitAsync(Enable, "send-code", new Dictionary<string, string> { ["Input.Code"] = code });
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
            if (code == wrongCode) Assert.Equal(0, await EmailsAsync(IdentityEmailSender.TwoFactorOnSubject)); // nothing changed
        }
    }

    [Fact]
    public async Task Turning_it_on_and_off_each_send_a_notice_and_a_wrong_code_sends_none()
    {
        using var client = await SignedInAsync();

        await TurnOnAsync(client, wrongCode: "000000");
        Assert.Equal(1, await EmailsAsync(IdentityEmailSender.TwoFactorOnSubject));

        using var off = await client.SubmitAsync("/Account/Manage/Disable2fa", "disable-2fa", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Equal(1, await EmailsAsync(IdentityEmailSender.TwoFactorOffSubject));
        var body = await Db.ScalarAsync<string>("SELECT html_body FROM email_outbox WHERE to_address = $1 AND subject = $2",
            Address, IdentityEmailSender.TwoFactorOffSubject);
        Assert.Contains("/Account/ForgotPassword", body);
        Assert.Contains("/Account/Manage/TwoFactorAuthentication", body);
    }

    [Fact]
    public async Task New_recovery_codes_and_a_reset_authenticator_are_told_too()
    {
        using var client = await SignedInAsync();
        await TurnOnAsync(client);

        using var codes = await client.SubmitAsync("/Account/Manage/GenerateRecoveryCodes", "generate-recovery-codes", new Dictionary<string, string>());
        Assert.Equal(1, await EmailsAsync(IdentityEmailSender.RecoveryCodesSubject));

        using var reset = await client.SubmitAsync("/Account/Manage/ResetAuthenticator", "reset-authenticator", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(1, await EmailsAsync(IdentityEmailSender.TwoFactorOffSubject));

        // Reset again while it is off: nothing was turned off, nothing is told.
        using var again = await client.SubmitAsync("/Account/Manage/ResetAuthenticator", "reset-authenticator", new Dictionary<string, string>());
        Assert.Equal(1, await EmailsAsync(IdentityEmailSender.TwoFactorOffSubject));
    }

    [GeneratedRegex("<kbd>(?<key>[a-z0-9 ]+)</kbd>")]
    private static partial Regex SharedKey();
}
