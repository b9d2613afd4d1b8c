using System.Net;
using System.Text.RegularExpressions;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>
/// Changing the email through account settings and the link mailed to the new address. The template's confirmation
/// page also made the email the sign-in name ("in our UI email and user name are one and the same"), which is not
/// true here: the member's username became their email address.
/// </summary>
public sealed partial class ChangingEmailKeepsTheUsername : WebAppTest
{
    [Fact]
    public async Task The_new_email_signs_in_and_the_username_stays_as_chosen()
    {
        var member = await App.CreateMemberAsync("mail_mover", "old.address@example.test");
        using var client = FormClient.For(App);
        await client.SignInAsync("mail_mover");

        using var asked = await client.SubmitAsync("/Account/Manage/Email", "change-email",
            new Dictionary<string, string> { ["Input.NewEmail"] = "new.address@example.test" });
        Assert.Contains("Confirmation link to change email sent", await asked.Content.ReadAsStringAsync());
        var body = await Db.ScalarAsync<string>(
            "SELECT html_body FROM email_outbox WHERE to_address = 'new.address@example.test' ORDER BY created_at DESC LIMIT 1");
        var link = new Uri(WebUtility.HtmlDecode(ConfirmLink().Match(body!).Groups["href"].Value));

        var confirmed = await client.PageAsync(link.PathAndQuery);

        Assert.Contains("Thank you for confirming your email change.", confirmed);
        Assert.Equal("new.address@example.test", await Db.ScalarAsync<string>("SELECT email FROM auth.users WHERE id = $1", member.Id));
        Assert.Equal("mail_mover", await Db.ScalarAsync<string>("SELECT user_name FROM auth.users WHERE id = $1", member.Id));
        using var byEmail = FormClient.For(App);
        await byEmail.SignInAsync("new.address@example.test");
        using var byName = FormClient.For(App);
        await byName.SignInAsync("mail_mover");
        // The link said what it was for, and the old address is told of the change.
        Assert.Contains("@mail_mover", body);
        Assert.Equal("Your Producers Avenue email was changed", await Db.ScalarAsync<string>(
            "SELECT subject FROM email_outbox WHERE to_address = 'old.address@example.test' ORDER BY created_at DESC LIMIT 1"));
    }

    [Fact]
    public async Task Asking_for_another_accounts_address_changes_nothing_and_tells_its_owner_not_the_asker()
    {
        var member = await App.CreateMemberAsync("mail_taker", "taker@example.test");
        await App.CreateMemberAsync("mail_owner", "owned@example.test");
        using var client = FormClient.For(App);
        await client.SignInAsync("mail_taker");

        using var asked = await client.SubmitAsync("/Account/Manage/Email", "change-email",
            new Dictionary<string, string> { ["Input.NewEmail"] = "Owned@Example.test" }); // told at the address as it is on file

        Assert.Contains("Confirmation link to change email sent", await asked.Content.ReadAsStringAsync());
        Assert.Equal(["Someone asked to use your email on Producers Avenue"],
            await Db.ListAsync<string>("SELECT subject FROM email_outbox WHERE to_address = 'owned@example.test' AND subject NOT LIKE 'Confirm%'"));
        Assert.Equal(0, await Db.ScalarAsync<long>(
            "SELECT count(*) FROM email_outbox WHERE to_address = 'owned@example.test' AND html_body LIKE '%ConfirmEmailChange%'"));
        Assert.Equal("taker@example.test", await Db.ScalarAsync<string>("SELECT email FROM auth.users WHERE id = $1", member.Id));
    }

    [GeneratedRegex("href=\"(?<href>[^\"]*ConfirmEmailChange[^\"]*)\"")]
    private static partial Regex ConfirmLink();
}
