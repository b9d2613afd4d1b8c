using System.Net;
using ProducersAvenue.Domain.Notifications.Email;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>
/// <c>/dev/mailbox</c> on a Production host with <c>Email:DevMailbox</c> turned on, as <c>./run.sh</c> serves it: a
/// stranger or a plain member must not read other people's emails (a reset link there took over any account).
/// </summary>
public sealed class DevMailboxOutsideDevelopment : WebAppTest
{
    private const string Subject = "Reset your Producers Avenue password";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["environment"] = "Production",
        ["Email:DevMailbox"] = "true",
    };

    private async Task QueueVictimsResetEmailAsync()
    {
        await using var scope = App.Scope();
        await scope.Get<IMailer>().SendAsync("victim@example.test", Subject, "<p><a href=\"https://localhost/reset?code=secret\">Reset</a></p>");
    }

    [Fact]
    public async Task Strangers_and_plain_members_get_no_emails_from_it()
    {
        await QueueVictimsResetEmailAsync();
        await App.CreateMemberAsync("plain_member");
        using var stranger = FormClient.For(App);
        using var member = FormClient.For(App);
        await member.SignInAsync("plain_member");

        foreach (var client in new[] { stranger, member })
        {
            using var response = await client.Http.GetAsync("/dev/mailbox");
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain(Subject, body);
            Assert.DoesNotContain("victim@example.test", body);
        }
    }

    [Fact]
    public async Task Admins_read_it()
    {
        await QueueVictimsResetEmailAsync();
        var admin = await App.CreateMemberAsync("mail_admin");
        await Db.ScalarAsync<int>("UPDATE user_profiles SET role = 'admin' WHERE user_id = $1", admin.Id);
        using var client = FormClient.For(App);
        await client.SignInAsync("mail_admin");

        using var response = await client.Http.GetAsync("/dev/mailbox");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Subject, await response.Content.ReadAsStringAsync());
        // An address no email has is not found (it showed the mailbox with "Pick an email", as if the link had worked).
        using var unknown = await client.Http.GetAsync($"/dev/mailbox/{Guid.Empty}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}

/// <summary>Without <c>Email:DevMailbox</c> in its configuration, a Production host has no development mailbox at all.</summary>
public sealed class DevMailboxIsOffUnlessTurnedOn : WebAppTest
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["environment"] = "Production" };

    [Fact]
    public async Task Even_admins_get_not_found()
    {
        var admin = await App.CreateMemberAsync("mail_admin");
        await Db.ScalarAsync<int>("UPDATE user_profiles SET role = 'admin' WHERE user_id = $1", admin.Id);
        using var client = FormClient.For(App);
        await client.SignInAsync("mail_admin");

        using var response = await client.Http.GetAsync("/dev/mailbox");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
