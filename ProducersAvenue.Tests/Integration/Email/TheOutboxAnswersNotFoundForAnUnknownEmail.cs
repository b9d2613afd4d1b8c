using System.Net;
using ProducersAvenue.Domain.Notifications.Email;
using ProducersAvenue.Tests.Integration.Accounts;

namespace ProducersAvenue.Tests.Integration.Email;

/// <summary>An admin opening an outbox address no email has is told "not found" (404), not shown the whole list as if
/// the address were the list's; a real email's address opens it.</summary>
public sealed class TheOutboxAnswersNotFoundForAnUnknownEmail : WebAppTest
{
    [Fact]
    public async Task An_unknown_email_is_a_404_and_a_known_one_opens()
    {
        await using (var scope = App.Scope())
            await scope.Get<IMailer>().SendAsync("ana@example.test", "Your weekly digest", "<p>Hello</p>");
        var id = await Db.ScalarAsync<Guid>("SELECT id FROM email_outbox");
        var admin = await App.CreateMemberAsync("outbox_reader");
        await Db.ScalarAsync<int>("UPDATE user_profiles SET role = 'admin' WHERE user_id = $1", admin.Id);
        using var client = FormClient.For(App);
        await client.SignInAsync("outbox_reader");

        using var unknown = await client.Http.GetAsync($"/admin/outbox/{Guid.NewGuid()}");
        using var known = await client.Http.GetAsync($"/admin/outbox/{id}");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.DoesNotContain("Your weekly digest", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Contains("Your weekly digest", await known.Content.ReadAsStringAsync());
    }
}
