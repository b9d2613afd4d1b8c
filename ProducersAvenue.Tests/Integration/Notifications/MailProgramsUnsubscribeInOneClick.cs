using System.Net;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Notifications.Unsubscribe;
using ProducersAvenue.Tests.Integration.Accounts;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Notifications;

/// <summary>
/// Decision 279: a mail program's own Unsubscribe (RFC 8058) POSTs <c>List-Unsubscribe=One-Click</c> to the signed link
/// an email's <c>List-Unsubscribe</c> header names, and that type's emails stop; a link with another type's signature,
/// a forged one, or a POST without the one-click body changes nothing. The link opened in a browser stays the page it
/// was (decision 212): a plain fetch of it changes nothing.
/// </summary>
public sealed class MailProgramsUnsubscribeInOneClick : WebAppTest
{
    private async Task<string> PathForAsync(Guid member, NotificationType type)
    {
        await using var scope = App.Scope();
        return scope.Get<UnsubscribeLinks>().PathFor(member, type);
    }

    private static FormUrlEncodedContent OneClick() => new([new("List-Unsubscribe", "One-Click")]);

    private Task<bool?> EmailChoiceAsync(Guid member, string type) =>
        Db.ScalarAsync<bool?>("SELECT email FROM notification_preferences WHERE user_id = $1 AND type = $2", member, type);

    [Fact]
    public async Task A_one_click_post_to_the_signed_link_turns_that_types_email_off()
    {
        var member = await App.CreateMemberAsync("one_click");
        using var http = App.CreateClient();

        using var posted = await http.PostAsync(await PathForAsync(member.Id, NotificationType.Comment), OneClick());

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.False(await EmailChoiceAsync(member.Id, "comment"));
        Assert.Null(await EmailChoiceAsync(member.Id, "mention"));
    }

    [Fact]
    public async Task Another_types_signature_a_forged_one_or_a_post_without_the_one_click_body_changes_nothing()
    {
        var member = await App.CreateMemberAsync("one_click");
        using var http = App.CreateClient();
        var comment = await PathForAsync(member.Id, NotificationType.Comment);
        var mention = await PathForAsync(member.Id, NotificationType.Mention);
        var mentionSig = mention[(mention.IndexOf("&sig=", StringComparison.Ordinal) + 5)..];
        var commentWithMentionsSig = comment[..(comment.IndexOf("&sig=", StringComparison.Ordinal) + 5)] + mentionSig;

        foreach (var (path, body) in new (string, HttpContent)[]
                 {
                     (commentWithMentionsSig, OneClick()),
                     (comment.Replace("&t=comment", "&t=mention", StringComparison.Ordinal), OneClick()),
                     (comment[..(comment.IndexOf("&sig=", StringComparison.Ordinal) + 5)] + "CfDJ8forged", OneClick()),
                     (comment, new FormUrlEncodedContent([new("List-Unsubscribe", "Later")])),
                     (comment, new StringContent("List-Unsubscribe=One-Click")), // not a form
                 })
        {
            using var posted = await http.PostAsync(path, body);
            Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        }

        Assert.Equal(0, await Db.ScalarAsync<long>("SELECT count(*) FROM notification_preferences"));
    }

    [Fact]
    public async Task A_plain_fetch_of_the_link_shows_the_page_and_changes_nothing()
    {
        var member = await App.CreateMemberAsync("one_click");
        using var http = App.CreateClient();

        using var fetched = await http.GetAsync(await PathForAsync(member.Id, NotificationType.Comment));

        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        Assert.Equal(0, await Db.ScalarAsync<long>("SELECT count(*) FROM notification_preferences"));
    }
}
