using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Notifications;

/// <summary>
/// Decision 210: the notifier asks each recipient's preferences for the type — in-app off writes no row, email on queues
/// one outbox email per event, and chatty types (likes, follows) queue a digest line instead of an email.
/// </summary>
public sealed class PreferencesDecideHowAMemberIsNotified : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _author;
    private Guid _fan;
    private Guid _post;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _author = await _db.CreateUserAsync("author");
        _fan = await _db.CreateUserAsync("fan");
        _post = await _db.As(_author).PostAsync("New beat");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task CommentAsync(string text) =>
        Assert.True((await _db.As(_fan).Get<CommentService>().AddAsync(_post, text)).Succeeded);

    [Fact]
    public async Task By_default_a_comment_rings_the_bell_and_sends_one_email_with_an_unsubscribe_link()
    {
        await CommentAsync("Love it");
        await CommentAsync("Again");

        Assert.Equal(2, await _db.NotificationsAsync(_author));
        var emails = await _db.EmailsToAsync("author@example.test");
        Assert.Equal(2, emails.Count);
        Assert.All(emails, body => Assert.Contains("/unsubscribe?u=" + _author.ToString("N") + "&amp;t=comment&amp;x=", body));
        Assert.Contains("Love it", emails[0]);
    }

    [Fact]
    public async Task In_app_off_writes_no_notification_row_but_still_emails()
    {
        await _db.As(_author).SetPreferenceAsync(NotificationType.Comment, inApp: false, email: true);

        await CommentAsync("Love it");

        Assert.Equal(0, await _db.NotificationsAsync(_author));
        Assert.Single(await _db.EmailsToAsync("author@example.test"));
    }

    [Fact]
    public async Task Email_off_keeps_the_bell_and_queues_no_email()
    {
        await _db.As(_author).SetPreferenceAsync(NotificationType.Comment, inApp: true, email: false);

        await CommentAsync("Love it");

        Assert.Equal(1, await _db.NotificationsAsync(_author));
        Assert.Empty(await _db.EmailsToAsync("author@example.test"));
    }

    [Fact]
    public async Task Likes_and_follows_wait_for_the_digest_instead_of_sending_an_email_each()
    {
        Assert.True((await _db.As(_fan).Get<LikeService>().TogglePostAsync(_post)).Succeeded);
        await _db.As(_fan).FollowAsync(_author);

        Assert.Equal(2, await _db.NotificationsAsync(_author));
        Assert.Empty(await _db.EmailsToAsync("author@example.test"));
        Assert.Equal(2, await _db.DigestItemsAsync(_author));
    }

    [Fact]
    public async Task A_chatty_type_with_email_off_queues_nothing_for_the_digest()
    {
        await _db.As(_author).SetPreferenceAsync(NotificationType.Follow, inApp: true, email: false);

        await _db.As(_fan).FollowAsync(_author);

        Assert.Equal(0, await _db.DigestItemsAsync(_author));
        Assert.Equal(1, await _db.NotificationsAsync(_author));
    }

    [Fact]
    public async Task Settings_list_every_type_with_its_default_until_the_member_changes_one()
    {
        var before = (await _db.As(_author).Get<NotificationPreferenceService>().ListMineAsync()).Value!;
        Assert.Equal(NotificationTypeCatalog.All.Select(t => t.Type), before.Select(p => p.Type));
        Assert.All(before, p => Assert.Equal(NotificationTypeCatalog.For(p.Type).Email, p.Email));

        await _db.As(_author).SetPreferenceAsync(NotificationType.Mention, inApp: false, email: false);

        var after = (await _db.As(_author).Get<NotificationPreferenceService>().ListMineAsync()).Value!;
        var mention = Assert.Single(after, p => p.Type == NotificationType.Mention);
        Assert.False(mention.InApp);
        Assert.False(mention.Email);
        // Another member's settings are untouched, and a visitor has none to read.
        var fans = (await _db.As(_fan).Get<NotificationPreferenceService>().ListMineAsync()).Value!;
        Assert.True(Assert.Single(fans, p => p.Type == NotificationType.Mention).InApp);
        Assert.False((await _db.Anonymous().Get<NotificationPreferenceService>().ListMineAsync()).Succeeded);
    }

    [Fact]
    public async Task A_member_cannot_set_a_type_that_does_not_exist()
    {
        var result = await _db.As(_author).Get<NotificationPreferenceService>().SetAsync((NotificationType)999, true, true);

        Assert.Equal("notifications.unknown_type", result.FirstError?.Code);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM notification_preferences"));
    }
}
