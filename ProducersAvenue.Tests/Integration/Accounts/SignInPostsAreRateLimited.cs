using System.Net;

namespace ProducersAvenue.Tests.Integration.Accounts;

public sealed class SignInPostsAreRateLimited : WebAppTest
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Accounts:SignInPostsPerWindow"] = "3",
        ["Accounts:SignInWindowSeconds"] = "600",
    };

    [Fact]
    public async Task Posts_beyond_the_window_limit_get_429_while_other_pages_still_load()
    {
        using var client = App.CreateClient(new() { AllowAutoRedirect = false });
        var form = () => new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Login"] = "x", ["Input.Password"] = "y" });

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) allowed.Add((await client.PostAsync("/Account/Login", form())).StatusCode);
        var limited = await client.PostAsync("/Account/Login", form());
        var limitedRegister = await client.PostAsync("/Account/Register", form());
        var page = await client.GetAsync("/Account/Login");

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, allowed);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Too many attempts", await limited.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, limitedRegister.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Another_spelling_of_a_form_address_counts_against_the_same_window()
    {
        using var client = App.CreateClient(new() { AllowAutoRedirect = false });
        var form = () => new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "someone@example.test" });

        var allowed = new List<HttpStatusCode>();
        foreach (var path in new[] { "/Account/ForgotPassword/", "/account/forgotpassword", "/ACCOUNT/FORGOTPASSWORD//" })
            allowed.Add((await client.PostAsync(path, form())).StatusCode);
        var limited = await client.PostAsync("/account/forgotpassword/", form());
        var signIn = await client.PostAsync("/account/login/", form());

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, allowed);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, signIn.StatusCode);
    }
}
