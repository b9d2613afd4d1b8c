using System.Net;
using System.Text.Json;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>
/// Visiting the authenticator page reset the key and signed the member out everywhere (a crawler or a prefetch did it);
/// the personal-data download took posts from any site. State changes only by a form post with its antiforgery token.
/// </summary>
public sealed class ManagePagesChangeNothingWithoutAForm : WebAppTest
{
    private Task<string?> StampAsync(Guid userId) => Db.ScalarAsync<string>("SELECT security_stamp FROM auth.users WHERE id = $1", userId);
    private Task<long> TokensAsync(Guid userId) => Db.ScalarAsync<long>("SELECT count(*) FROM auth.user_tokens WHERE user_id = $1", userId);

    [Fact]
    public async Task Visiting_the_authenticator_page_changes_no_key_and_no_session()
    {
        var member = await App.CreateMemberAsync("visits_2fa");
        using var client = FormClient.For(App);
        await client.SignInAsync("visits_2fa");
        var stamp = await StampAsync(member.Id);

        using var response = await client.Http.GetAsync("/Account/Manage/EnableAuthenticator");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Create my key", await response.Content.ReadAsStringAsync());
        Assert.Equal(stamp, await StampAsync(member.Id));
        Assert.Equal(0L, await TokensAsync(member.Id));
    }

    [Fact]
    public async Task Creating_the_key_is_a_post_that_keeps_this_session()
    {
        var member = await App.CreateMemberAsync("creates_2fa");
        using var client = FormClient.For(App);
        await client.SignInAsync("creates_2fa");

        using var created = await client.SubmitAsync("/Account/Manage/EnableAuthenticator", "create-key", new Dictionary<string, string>());
        using var page = await client.Http.GetAsync("/Account/Manage/EnableAuthenticator");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(1L, await TokensAsync(member.Id));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("enter this key", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Downloading_personal_data_without_the_antiforgery_token_is_refused()
    {
        await App.CreateMemberAsync("data_owner");
        using var client = FormClient.For(App);
        await client.SignInAsync("data_owner");

        using var forged = await client.Http.PostAsync("/Account/Manage/DownloadPersonalData", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain("data_owner", await forged.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Downloading_personal_data_from_the_page_form_works()
    {
        var member = await App.CreateMemberAsync("data_keeper");
        await Db.ExecuteAsync("INSERT INTO posts (user_id, content, post_type) VALUES ($1, 'kept in the download', 'text')", member.Id);
        await Db.ExecuteAsync("UPDATE auth.users SET phone_number = '+351 912 345 678' WHERE id = $1", member.Id);
        using var client = FormClient.For(App);
        await client.SignInAsync("data_keeper");
        var fields = FormClient.HiddenFieldsOfAction(await client.PageAsync("/Account/Manage/PersonalData"), "Account/Manage/DownloadPersonalData");

        using var download = await client.Http.PostAsync("/Account/Manage/DownloadPersonalData", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.StartsWith("producers-avenue-data_keeper-", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var data = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
        var account = data.RootElement.GetProperty("account");
        Assert.Equal("data_keeper", account.GetProperty("username").GetString());
        Assert.Equal("+351 912 345 678", account.GetProperty("phone_number").GetString());
        Assert.False(account.GetProperty("authenticator_app_set_up").GetBoolean());
        Assert.Equal("kept in the download", Assert.Single(data.RootElement.GetProperty("posts").EnumerateArray()).GetProperty("content").GetString());
    }
}
