using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Tests.Integration.Notifications;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Messaging;

/// <summary>
/// Decision 301 (QA11): a member reading a conversation as it arrives is not emailed about what they already saw; a member
/// away gets one email for the messages still unread <c>Messaging:EmailAfterMinutes</c> (5) later, naming how many wait,
/// and the next only after reading and falling behind again. Before, each message a live reader read at once emailed
/// them anew, while an away member got one email for several.
/// </summary>
public sealed class AMessageIsEmailedOnlyWhenLeftUnread : IAsyncLifetime
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = MessagingTestKit.Clock();
    private TestDb _db = null!;
    private Guid _ana, _bob, _conversation;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _ana = await _db.CreateUserAsync("ana");
        _bob = await _db.CreateUserAsync("bob");
        await _db.As(_bob).FollowAsync(_ana);
        _conversation = await _db.Conversations(_ana, _clock).StartDirectAsync(_bob).Ok();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<int> RunJobAsync() => _db.Services(clock: _clock).Get<MessageEmails>().SendDueAsync();

    private Task<List<string>> BobsEmailsAsync() => _db.ListAsync<string>("SELECT subject FROM email_outbox WHERE to_address = 'bob@example.test' ORDER BY created_at");

    [Fact]
    public async Task A_member_who_reads_each_message_as_it_arrives_is_not_emailed()
    {
        foreach (var text in new[] { "one", "two", "three" })
        {
            await _db.Conversations(_ana, _clock).SendAsync(_conversation, text).Ok();
            _clock.Advance(TimeSpan.FromSeconds(2));
            await _db.Conversations(_bob, _clock).MarkReadAsync(_conversation).Ok();
            _clock.Advance(TimeSpan.FromMinutes(3));
            await RunJobAsync();
        }
        _clock.Advance(TimeSpan.FromMinutes(30));
        await RunJobAsync();

        Assert.Empty(await BobsEmailsAsync());
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM email_outbox"));
    }

    [Fact]
    public async Task A_member_away_gets_one_email_for_the_messages_left_unread_and_another_only_after_reading()
    {
        await _db.Conversations(_ana, _clock).SendAsync(_conversation, "first").Ok();
        _clock.Advance(TimeSpan.FromMinutes(1));
        await _db.Conversations(_ana, _clock).SendAsync(_conversation, "second").Ok();
        await _db.Conversations(_ana, _clock).SendAsync(_conversation, "the **newest** one").Ok();
        Assert.Empty(await BobsEmailsAsync()); // nothing at the moment of sending
        Assert.Equal(1, await _db.NotificationsAsync(_bob)); // the bell still tells at once, one for the conversation

        _clock.Advance(TimeSpan.FromMinutes(3));
        await RunJobAsync();
        Assert.Empty(await BobsEmailsAsync()); // the first message has waited 4 minutes

        _clock.Advance(TimeSpan.FromMinutes(2));
        await RunJobAsync();
        Assert.Equal(["@ana sent you 3 messages"], await BobsEmailsAsync());
        Assert.Contains("the newest one", await _db.ScalarAsync<string>("SELECT html_body FROM email_outbox WHERE to_address = 'bob@example.test'"));
        Assert.Contains($"/messages/{_conversation}", await _db.ScalarAsync<string>("SELECT html_body FROM email_outbox WHERE to_address = 'bob@example.test'"));

        await _db.Conversations(_ana, _clock).SendAsync(_conversation, "still there?").Ok();
        _clock.Advance(TimeSpan.FromMinutes(10));
        await RunJobAsync();
        Assert.Single(await BobsEmailsAsync()); // the same stretch: not emailed again

        await _db.Conversations(_bob, _clock).MarkReadAsync(_conversation).Ok();
        _clock.Advance(TimeSpan.FromMinutes(1));
        await _db.Conversations(_ana, _clock).SendAsync(_conversation, "new day").Ok();
        _clock.Advance(TimeSpan.FromMinutes(6));
        await RunJobAsync();
        Assert.Equal(["@ana sent you 3 messages", "@ana sent you a message"], await BobsEmailsAsync());
    }

    [Fact]
    public async Task A_group_member_away_is_emailed_and_one_with_message_email_off_is_not()
    {
        var cy = await _db.CreateUserAsync("cy");
        await _db.As(cy).FollowAsync(_ana);
        await _db.As(_bob).SetPreferenceAsync(NotificationType.Message, inApp: true, email: false);
        var group = await _db.Conversations(_ana, _clock).CreateGroupAsync("Trio", [_bob, cy]).Ok();
        await _db.Conversations(_ana, _clock).SendAsync(group, "hello both").Ok();
        await _db.Conversations(_ana, _clock).SendAsync(group, "are you there").Ok();

        _clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(2, await RunJobAsync());

        Assert.Equal(["2 new messages in Trio"], await _db.ListAsync<string>("SELECT subject FROM email_outbox WHERE to_address = 'cy@example.test'"));
        Assert.Empty(await BobsEmailsAsync());
    }
}
