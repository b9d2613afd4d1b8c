using System.Text.Encodings.Web;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Account;
using ProducersAvenue.Web.Components.Account.Pages.Manage;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>
/// Setting up an authenticator showed "Learn how to enable QR code generation" (a note to the template's developer) and
/// named the site "Microsoft.AspNetCore.Identity.UI" in the app. The page draws the QR code of the member's own key,
/// issued by Producers Avenue (decision 167).
/// </summary>
public sealed class TheAuthenticatorKeyComesAsAQrCode : WebAppTest
{
    [Fact]
    public async Task The_page_draws_the_qr_code_of_the_members_key_issued_by_the_site()
    {
        var member = await App.CreateMemberAsync("qr_member", "qr.member@example.test");
        using var client = FormClient.For(App);
        await client.SignInAsync("qr_member");
        using var created = await client.SubmitAsync("/Account/Manage/EnableAuthenticator", "create-key", new Dictionary<string, string>());

        var html = await client.PageAsync("/Account/Manage/EnableAuthenticator");
        var key = await Db.ScalarAsync<string>("SELECT value FROM auth.user_tokens WHERE user_id = $1 AND name = 'AuthenticatorKey'", member.Id);

        var uri = $"otpauth://totp/Producers%20Avenue:{UrlEncoder.Default.Encode("qr.member@example.test")}?secret={key}&issuer=Producers%20Avenue&digits=6";
        Assert.Equal("Producers Avenue", EnableAuthenticator.Issuer);
        Assert.Contains(AuthenticatorQrCode.Svg(uri).Value, html);
        Assert.Contains("data-testid=\"authenticator-qr\"", html);
        Assert.DoesNotContain("enable QR code generation", html);
        Assert.DoesNotContain("Microsoft.AspNetCore", html);
    }
}
