using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Messaging;

/// <summary>
/// A member who ignored a request and later writes to its sender (the profile's Message button reopens the same
/// conversation) has it back in their inbox, as answering a request does; the sender's replies then reach them. It used to
/// stay ignored: in neither Inbox nor Requests, and the replies notified nobody (QA8 finding 2).
/// </summary>
public sealed class WritingBringsAnIgnoredConversationBack : IAsyncLifetime
{
    private TestDb _db = null!;
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = MessagingTestKit.Clock();

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_ignoring_member_writes_and_the_conversation_is_in_their_inbox_with_the_replies_notifying()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var conversation = await _db.Conversations(ana, _clock).StartDirectAsync(bob).Ok();
        await _db.Conversations(ana, _clock).SendAsync(conversation, "can I send you a beat?").Ok();
        await _db.Conversations(bob, _clock).IgnoreAsync(conversation).Ok();
        Assert.Equal(ConversationFolder.Ignored, (await _db.Queries(bob, _clock).DetailAsync(conversation))!.Folder);

        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(conversation, await _db.Conversations(bob, _clock).StartDirectAsync(ana).Ok());
        await _db.Conversations(bob, _clock).SendAsync(conversation, "changed my mind, send it").Ok();

        Assert.Equal(ConversationFolder.Inbox, (await _db.Queries(bob, _clock).DetailAsync(conversation))!.Folder);
        Assert.Equal(conversation, Assert.Single((await _db.Queries(bob, _clock).ListAsync(ConversationFolder.Inbox)).Items).Id);
        Assert.Empty((await _db.Queries(bob, _clock).ListAsync(ConversationFolder.Requests)).Items);

        _clock.Advance(TimeSpan.FromMinutes(1));
        await _db.Conversations(ana, _clock).SendAsync(conversation, "here it is").Ok();
        Assert.Equal(new UnreadConversations(Inbox: 1, Requests: 0), await _db.Queries(bob, _clock).UnreadCountsAsync());
        Assert.Equal(1, await _db.ScalarAsync<long>(
            "SELECT count(*) FROM notifications WHERE user_id = $1 AND type = 'message' AND related_id = $2 AND NOT is_read", bob, conversation));
    }
}
