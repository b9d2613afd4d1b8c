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
}
