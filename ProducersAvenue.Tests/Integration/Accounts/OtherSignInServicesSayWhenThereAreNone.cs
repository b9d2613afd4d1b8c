using System.Net;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>
/// The external-logins settings page, reached by its address on a site with no external sign-in configured, was an empty
/// card; it says how members sign in here instead.
/// </summary>
public sealed class OtherSignInServicesSayWhenThereAreNone : WebAppTest
{
    [Fact]
    public async Task The_page_says_there_are_no_other_sign_in_services()
    {
        await App.CreateMemberAsync("no_externals");
        using var client = FormClient.For(App);
        await client.SignInAsync("no_externals");

        using var response = await client.Http.GetAsync("/Account/Manage/ExternalLogins");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h2>Other sign-in services</h2>", html);
        Assert.Contains("This site offers no other sign-in services", html);
    }
}
