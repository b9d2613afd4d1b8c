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

    /// <summary>
    /// The refusal used to be a page whose "Try again" opened the form afresh, empty: what the member had typed was gone.
    /// It now goes back in the tab's history, to the form as the browser kept it (by a script file, as the policy allows no
    /// inline one), keeps the form's address as the link for browsers without script, and says how long to wait.
    /// </summary>
    [Fact]
    public async Task A_refused_form_goes_back_to_what_was_typed_and_says_how_long_to_wait()
    {
        using var client = App.CreateClient(new() { AllowAutoRedirect = false });
        var form = () => new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Username"] = "typed_name", ["Input.Email"] = "typed@example.test" });
        for (var i = 0; i < 3; i++) await client.PostAsync("/Account/Register", form());

        using var refused = await client.PostAsync("/Account/Register?ReturnUrl=%2Fmarket", form());
        var html = await refused.Content.ReadAsStringAsync();
        using var script = await client.GetAsync("/js/plain-page.js");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(600), refused.Headers.RetryAfter?.Delta);
        Assert.Contains("Wait 10 minutes, then try again: “Try again” takes you back to the form with what you typed.", html);
        Assert.Contains("<a data-pa-back class=\"w-100 btn btn-lg btn-primary\" href=\"/Account/Register?ReturnUrl=%2Fmarket\">Try again</a>", html);
        Assert.Contains("<script src=\"/js/plain-page.js\" defer></script>", html);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("script-src 'self'", refused.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("history.back()", await script.Content.ReadAsStringAsync());
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

/// <summary>
/// The account settings that check a password or send an email are limited per member: one session cannot guess the
/// password in "Change password" nor mail "confirm your new email" to addresses without end (a stranger's forms above are
/// limited per network; these need a session, so per member).
/// </summary>
public sealed class SettingsPostsAreRateLimitedPerMember : WebAppTest
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Accounts:SettingsPostsPerWindow"] = "3",
        ["Accounts:SettingsWindowSeconds"] = "600",
    };

    [Fact]
    public async Task A_member_past_the_limit_gets_429_and_no_more_email_while_another_member_is_not_held_back()
    {
        await App.CreateMemberAsync("mail_spinner", "mail_spinner@example.test");
        await App.CreateMemberAsync("calm_member", "calm_member@example.test");
        using var spinner = FormClient.For(App);
        await spinner.SignInAsync("mail_spinner");
        using var calm = FormClient.For(App);
        await calm.SignInAsync("calm_member");
        Task<HttpResponseMessage> ChangeEmailAsync(FormClient client, int i) => client.SubmitAsync("/Account/Manage/Email", "change-email",
            new Dictionary<string, string> { ["Input.NewEmail"] = $"target{i}@example.test" });

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) allowed.Add((await ChangeEmailAsync(spinner, i)).StatusCode);
        var limited = await ChangeEmailAsync(spinner, 3);
        var password = await spinner.SubmitAsync("/Account/Manage/ChangePassword", "change-password",
            new Dictionary<string, string> { ["Input.OldPassword"] = "a guess", ["Input.NewPassword"] = "Another-pass-2026", ["Input.ConfirmPassword"] = "Another-pass-2026" });
        var other = await ChangeEmailAsync(calm, 9);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, allowed);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Wait 10 minutes, then try again", await limited.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, password.StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, other.StatusCode);
        Assert.Equal(0L, await Db.ScalarAsync<long>("SELECT count(*) FROM email_outbox WHERE to_address = 'target3@example.test'"));
        Assert.Equal(1L, await Db.ScalarAsync<long>("SELECT count(*) FROM email_outbox WHERE to_address = 'target2@example.test'"));
    }
}
