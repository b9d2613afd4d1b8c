using System.Net;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>
/// A cookie is not trusted for what the database knows better: a ban ends the session on the next request (not at the
/// next security-stamp check, up to a minute later), and a role change applies to the next request without signing in again.
/// </summary>
public sealed class RequestsSeeTheMemberAsTheDatabaseDoes : WebAppTest
{
    [Fact]
    public async Task A_banned_members_cookie_stops_working_on_the_next_request()
    {
        var member = await App.CreateMemberAsync("soon_banned");
        using var client = FormClient.For(App);
        await client.SignInAsync("soon_banned");
        using (var before = await client.Http.GetAsync("/Account/Manage")) Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        await Db.ScalarAsync<int>("UPDATE user_profiles SET is_banned = true, ban_reason = 'spam' WHERE user_id = $1", member.Id);
        using var after = await client.Http.GetAsync("/Account/Manage");

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_member_promoted_to_admin_opens_admin_pages_on_the_next_request()
    {
        var member = await App.CreateMemberAsync("new_admin");
        using var client = FormClient.For(App);
        await client.SignInAsync("new_admin");

        await Db.ScalarAsync<int>("UPDATE user_profiles SET role = 'admin' WHERE user_id = $1", member.Id);
        using var response = await client.Http.GetAsync("/admin/outbox");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_admin_demoted_to_member_is_refused_admin_pages_on_the_next_request()
    {
        var admin = await App.CreateMemberAsync("old_admin");
        await Db.ScalarAsync<int>("UPDATE user_profiles SET role = 'admin' WHERE user_id = $1", admin.Id);
        using var client = FormClient.For(App);
        await client.SignInAsync("old_admin");
        using (var before = await client.Http.GetAsync("/admin/outbox")) Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        await Db.ScalarAsync<int>("UPDATE user_profiles SET role = 'member' WHERE user_id = $1", admin.Id);
        using var after = await client.Http.GetAsync("/admin/outbox");

        Assert.NotEqual(HttpStatusCode.OK, after.StatusCode);
    }
}
