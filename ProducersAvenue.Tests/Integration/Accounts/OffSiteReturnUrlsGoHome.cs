using System.Net;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Account;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>A return URL is followed only when it is a path on this site; anything else lands on the home page (it answered 500).</summary>
public sealed class OffSiteReturnUrlsGoHome(ClassWebApp shared) : IClassFixture<ClassWebApp>
{
    private AppFactory App => shared.App;

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task Signing_in_with_an_off_site_return_url_goes_to_the_home_page(string returnUrl)
    {
        await shared.MemberAsync("return_tester");
        using var client = FormClient.For(App);
        var url = "/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl);

        using var response = await client.SubmitAsync(url, "login",
            new Dictionary<string, string> { ["Input.Login"] = "return_tester", ["Input.Password"] = AppFactory.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new Uri("http://localhost/"), FormClient.Target(response));
    }

    [Fact]
    public async Task Signing_in_with_a_local_return_url_goes_there()
    {
        await App.CreateMemberAsync("return_local");
        using var client = FormClient.For(App);

        using var response = await client.SubmitAsync("/Account/Login?ReturnUrl=%2Fexplore%3Ftab%3Dtrending", "login",
            new Dictionary<string, string> { ["Input.Login"] = "return_local", ["Input.Password"] = AppFactory.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new Uri("http://localhost/explore?tab=trending"), FormClient.Target(response));
    }

    [Fact]
    public async Task Signing_out_with_an_off_site_return_url_goes_to_the_home_page()
    {
        await App.CreateMemberAsync("logout_tester");
        using var client = FormClient.For(App);
        await client.SignInAsync("logout_tester");
        var fields = FormClient.HiddenFieldsOfAction(await client.PageAsync("/Account/Logout"), "Account/Logout");
        fields["ReturnUrl"] = "//evil.example/";

        using var response = await client.Http.PostAsync("/Account/Logout", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new Uri("http://localhost/"), FormClient.Target(response));
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/u/mira?tab=posts", true)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("/\tjavascript", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_paths_on_this_site_are_local(string? url, bool local) => Assert.Equal(local, ReturnUrls.IsLocal(url));
}
