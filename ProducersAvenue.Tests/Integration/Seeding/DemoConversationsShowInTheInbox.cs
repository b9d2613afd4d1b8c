using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Seeding;

/// <summary>The demo's conversations, read back through the messaging queries as the demo member Lena.</summary>
[Collection(SeededDemoCollection.Name)]
public sealed class DemoConversationsShowInTheInbox(SeededDemo demo)
{
    private readonly TestDb _db = demo.Db;

    [Fact]
    public async Task Ten_conversations_with_a_group_read_and_unread_messages_and_a_pending_request()
    {
        Assert.True(await _db.ScalarAsync<long>("SELECT count(*) FROM conversations") >= 10);
        var lena = await _db.ScalarAsync<Guid>("SELECT user_id FROM user_profiles WHERE username = 'lena_keys'");
        var queries = _db.As(lena).Get<ConversationQueries>();

        var inbox = (await queries.ListAsync()).Items;
        Assert.True(inbox.Count >= 8);
        Assert.Contains(inbox, c => c is { IsGroup: true, Title: "Late night session" });
        Assert.Contains(inbox, c => c.UnreadCount > 0);
        Assert.Contains(inbox, c => c.UnreadCount == 0);
        Assert.Equal(inbox.Count(c => c.UnreadCount > 0), (await queries.UnreadCountsAsync()).Inbox);
        Assert.Single((await queries.ListAsync(ConversationFolder.Requests)).Items);

        var read = inbox.First(c => !c.IsGroup && c.UnreadCount == 0);
        Assert.NotEmpty((await queries.HistoryAsync(read.Id)).Messages);
        Assert.Equal(0L, await _db.ScalarAsync<long>(
            "SELECT count(*) FROM conversations c WHERE c.last_message_at IS DISTINCT FROM (SELECT max(created_at) FROM messages m WHERE m.conversation_id = c.id)"));
    }
}
