using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Messaging;

public sealed class ReadReceiptsAndRequests : IAsyncLifetime
{
    private TestDb _db = null!;
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = MessagingTestKit.Clock();

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_direct_message_is_seen_once_the_recipient_reads_it()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        await _db.As(bob).FollowAsync(ana);
        var conversation = await _db.Conversations(ana, _clock).StartDirectAsync(bob).Ok();
        var message = await _db.Conversations(ana, _clock).SendAsync(conversation, "hi bob").Ok();
        Assert.Null((await _db.Queries(ana, _clock).DetailAsync(conversation))!.SeenMessageId);
        Assert.Equal(1, (await _db.Queries(bob, _clock).UnreadCountsAsync()).Inbox);

        _clock.Advance(TimeSpan.FromMinutes(3));
        await _db.Conversations(bob, _clock).MarkReadAsync(conversation).Ok();

        Assert.True(await _db.ScalarAsync<bool>("SELECT is_read FROM messages WHERE id = $1", message));
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, await _db.ScalarAsync<DateTime>("SELECT read_at FROM messages WHERE id = $1", message));
        Assert.Equal(message, (await _db.Queries(ana, _clock).DetailAsync(conversation))!.SeenMessageId);
        Assert.Equal(0, (await _db.Queries(bob, _clock).UnreadCountsAsync()).Inbox);
    }

    [Fact]
    public async Task Reading_a_conversation_reads_its_message_notification_with_the_time_it_was_read()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        await _db.As(bob).FollowAsync(ana);
        var conversation = await _db.Conversations(ana, _clock).StartDirectAsync(bob).Ok();
        await _db.Conversations(ana, _clock).SendAsync(conversation, "hi bob").Ok();

        _clock.Advance(TimeSpan.FromMinutes(2));
        await _db.Conversations(bob, _clock).MarkReadAsync(conversation).Ok();

        // As the bell's "Mark read" does (NotificationQueryService): is_read never without read_at.
        Assert.True(await _db.ScalarAsync<bool>("SELECT is_read FROM notifications WHERE user_id = $1 AND type = 'message'", bob));
        Assert.Equal(_clock.GetUtcNow().UtcDateTime,
            await _db.ScalarAsync<DateTime>("SELECT read_at FROM notifications WHERE user_id = $1 AND type = 'message'", bob));
    }

    [Fact]
    public async Task A_group_message_is_seen_when_every_other_member_has_accepted_and_read_past_it()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var cy = await _db.CreateUserAsync("cy");
        var group = await _db.Conversations(ana, _clock).CreateGroupAsync("Beat team", [bob, cy]).Ok();
        _clock.Advance(TimeSpan.FromSeconds(5));
        var message = await _db.Conversations(ana, _clock).SendAsync(group, "session at 8?").Ok();
        _clock.Advance(TimeSpan.FromSeconds(5));

        // Neither follows Ana: the group is a request for both, and reading a request tells its sender nothing.
        Assert.Single((await _db.Queries(cy, _clock).ListAsync(ConversationFolder.Requests)).Items);
        await _db.Conversations(bob, _clock).MarkReadAsync(group).Ok();
        await _db.Conversations(cy, _clock).MarkReadAsync(group).Ok();
        Assert.Null((await _db.Queries(ana, _clock).DetailAsync(group))!.SeenMessageId);

        await _db.Conversations(bob, _clock).AcceptAsync(group).Ok();
        await _db.Conversations(bob, _clock).MarkReadAsync(group).Ok();
        Assert.Null((await _db.Queries(ana, _clock).DetailAsync(group))!.SeenMessageId);

        await _db.Conversations(cy, _clock).AcceptAsync(group).Ok();
        await _db.Conversations(cy, _clock).MarkReadAsync(group).Ok();
        Assert.Equal(message, (await _db.Queries(ana, _clock).DetailAsync(group))!.SeenMessageId);
        Assert.Equal(2, await _db.ScalarAsync<long>("SELECT count(*) FROM conversation_members WHERE conversation_id = $1 AND user_id <> $2 AND last_read_at = $3",
            group, ana, _clock.GetUtcNow()));
        // Groups keep a marker per member; the message's own flag belongs to direct conversations.
        Assert.False(await _db.ScalarAsync<bool>("SELECT is_read FROM messages WHERE id = $1", message));
    }

    [Fact]
    public async Task A_first_message_from_someone_the_recipient_does_not_follow_is_a_request_until_accepted()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var conversation = await _db.Conversations(ana, _clock).StartDirectAsync(bob).Ok();
        await _db.Conversations(ana, _clock).SendAsync(conversation, "can I send you a beat?").Ok();

        Assert.Empty((await _db.Queries(bob, _clock).ListAsync(ConversationFolder.Inbox)).Items);
        var request = Assert.Single((await _db.Queries(bob, _clock).ListAsync(ConversationFolder.Requests)).Items);
        Assert.Equal("ana", request.OtherUsername);
        Assert.Equal(0, (await _db.Queries(bob, _clock).UnreadCountsAsync()).Inbox);
        Assert.Equal(new UnreadConversations(Inbox: 0, Requests: 1), await _db.Queries(bob, _clock).UnreadCountsAsync());

        await _db.Conversations(bob, _clock).AcceptAsync(conversation).Ok();
        Assert.Equal(0, (await _db.Queries(bob, _clock).UnreadCountsAsync()).Requests);
        Assert.Single((await _db.Queries(bob, _clock).ListAsync(ConversationFolder.Inbox)).Items);
        Assert.Empty((await _db.Queries(bob, _clock).ListAsync(ConversationFolder.Requests)).Items);
    }

    [Fact]
    public async Task A_request_read_before_it_is_accepted_tells_its_sender_nothing()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var conversation = await _db.Conversations(ana, _clock).StartDirectAsync(bob).Ok();
        var message = await _db.Conversations(ana, _clock).SendAsync(conversation, "can I send you a beat?").Ok();

        _clock.Advance(TimeSpan.FromMinutes(1));
        await _db.Conversations(bob, _clock).MarkReadAsync(conversation).Ok();

        // Bob's own badge clears, but the request page promises "the sender is not told": no "Seen" for Ana.
        Assert.Equal(new UnreadConversations(Inbox: 0, Requests: 0), await _db.Queries(bob, _clock).UnreadCountsAsync());
        Assert.False(await _db.ScalarAsync<bool>("SELECT is_read FROM messages WHERE id = $1", message));
        Assert.Null((await _db.Queries(ana, _clock).DetailAsync(conversation))!.SeenMessageId);

        await _db.Conversations(bob, _clock).IgnoreAsync(conversation).Ok();
        await _db.Conversations(bob, _clock).MarkReadAsync(conversation).Ok();
        Assert.Null((await _db.Queries(ana, _clock).DetailAsync(conversation))!.SeenMessageId);

        await _db.Conversations(bob, _clock).AcceptAsync(conversation).Ok();
        await _db.Conversations(bob, _clock).MarkReadAsync(conversation).Ok();
        Assert.Equal(message, (await _db.Queries(ana, _clock).DetailAsync(conversation))!.SeenMessageId);
    }

    [Fact]
    public async Task A_conversation_with_a_closed_account_says_so_and_takes_no_more_messages()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        await _db.As(bob).FollowAsync(ana);
        var conversation = await _db.Conversations(ana, _clock).StartDirectAsync(bob).Ok();
        await _db.Conversations(ana, _clock).SendAsync(conversation, "hi bob").Ok();
        // As close_account() deletes a member without money records: the empty wallet, then the user.
        await _db.ExecuteAsync("DELETE FROM wallets WHERE user_id = $1", bob);
        await _db.ExecuteAsync("DELETE FROM auth.users WHERE id = $1", bob);

        var detail = (await _db.Queries(ana, _clock).DetailAsync(conversation))!;
        Assert.Equal((true, "Closed account"), (detail.IsClosed, detail.Title));
        Assert.Equal("Closed account", Assert.Single((await _db.Queries(ana, _clock).ListAsync()).Items).Title);
        Assert.Equal(MessagingErrors.AccountClosed, (await _db.Conversations(ana, _clock).SendAsync(conversation, "are you there?")).FirstError);
        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT count(*) FROM messages WHERE conversation_id = $1", conversation));
    }

    [Fact]
    public async Task Ignoring_hides_a_request_and_the_setting_decides_what_is_a_request()
    {
        var bob = await _db.CreateUserAsync("bob");
        var followed = await _db.CreateUserAsync("followed");
        var stranger = await _db.CreateUserAsync("stranger");
        var fan = await _db.CreateUserAsync("fan");
        await _db.As(bob).FollowAsync(followed);
        await _db.As(bob).FollowAsync(fan);

        var fromFollowed = await _db.Conversations(followed, _clock).StartDirectAsync(bob).Ok();
        var fromStranger = await _db.Conversations(stranger, _clock).StartDirectAsync(bob).Ok();
        Assert.Equal(ConversationFolder.Inbox, (await _db.Queries(bob, _clock).DetailAsync(fromFollowed))!.Folder);
        Assert.Equal(ConversationFolder.Requests, (await _db.Queries(bob, _clock).DetailAsync(fromStranger))!.Folder);
        await _db.Conversations(bob, _clock).IgnoreAsync(fromStranger).Ok();
        await _db.Conversations(stranger, _clock).SendAsync(fromStranger, "hello?").Ok();
        Assert.Empty((await _db.Queries(bob, _clock).ListAsync(ConversationFolder.Requests)).Items);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1 AND type = 'message'", bob));

        // Connections only: bob follows the fan, but the fan does not follow bob back.
        var settings = _db.As(bob).Get<MessagingSettings>();
        Assert.Equal(MessagePrivacy.Following, await settings.PrivacyAsync());
        await settings.SetPrivacyAsync(MessagePrivacy.Connections).Ok();
        Assert.Equal(MessagePrivacy.Connections, await _db.As(bob).Get<MessagingSettings>().PrivacyAsync());
        var fromFan = await _db.Conversations(fan, _clock).StartDirectAsync(bob).Ok();
        Assert.Equal(ConversationFolder.Requests, (await _db.Queries(bob, _clock).DetailAsync(fromFan))!.Folder);

        await settings.SetPrivacyAsync(MessagePrivacy.Everyone).Ok();
        var other = await _db.CreateUserAsync("other");
        var fromOther = await _db.Conversations(other, _clock).StartDirectAsync(bob).Ok();
        Assert.Equal(ConversationFolder.Inbox, (await _db.Queries(bob, _clock).DetailAsync(fromOther))!.Folder);
    }
}
