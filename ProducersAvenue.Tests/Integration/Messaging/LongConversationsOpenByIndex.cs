using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Messaging;

public sealed class LongConversationsOpenByIndex : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_ten_thousand_message_conversation_opens_at_its_newest_page_read_from_the_history_index_without_sorting()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var clock = MessagingTestKit.Clock();
        var conversation = await _db.Conversations(ana, clock).StartDirectAsync(bob).Ok();
        // In batches: each insert moves the conversation's last message (trigger), and one transaction of 10,000 updates of one row
        // would spend its time walking that row's versions.
        for (var batch = 0; batch < 10; batch++)
            await _db.ExecuteAsync("""
                INSERT INTO messages (id, conversation_id, sender_id, content, is_read, is_deleted, created_at, updated_at)
                SELECT gen_random_uuid(), $1, CASE WHEN g % 2 = 0 THEN $2 ELSE $3 END, 'message ' || g, false, false,
                       timestamptz '2026-11-01' + g * interval '1 second', timestamptz '2026-11-01' + g * interval '1 second'
                FROM generate_series($4::int * 1000 + 1, $4::int * 1000 + 1000) AS g
                """, conversation, ana, bob, batch);
        // Twenty other busy conversations, so one conversation's rows are a small part of the table, as they are live.
        await _db.ExecuteAsync("""
            WITH others AS (
              INSERT INTO conversations (id, participant_ids, is_group, group_name, created_at, updated_at)
              SELECT gen_random_uuid(), ARRAY[$1, $2], true, 'other ' || k, now(), now() FROM generate_series(1, 20) AS k
              RETURNING id)
            INSERT INTO messages (id, conversation_id, sender_id, content, is_read, is_deleted, created_at, updated_at)
            SELECT gen_random_uuid(), o.id, $1, 'elsewhere', false, false,
                   timestamptz '2026-11-01' + g * interval '1 second', timestamptz '2026-11-01' + g * interval '1 second'
            FROM others o, generate_series(1, 1000) AS g
            """, ana, bob);
        await _db.ExecuteAsync("ANALYZE messages");

        var first = await _db.Queries(bob, clock).HistoryAsync(conversation);
        Assert.Equal(Enumerable.Range(9971, 30).Select(i => $"message {i}"), first.Messages.Select(m => m.Text));
        var second = await _db.Queries(bob, clock).HistoryAsync(conversation, first.EarlierCursor);
        Assert.Equal(Enumerable.Range(9941, 30).Select(i => $"message {i}"), second.Messages.Select(m => m.Text));

        // The history's shape — one conversation, before a (created_at, id) cursor, newest first — walks
        // ix_messages_conversation_history with the cursor as its index condition and stops after a page.
        var plan = await _db.PlanAsync($"""
            SELECT m.id FROM messages m
            WHERE m.conversation_id = '{conversation}' AND (m.created_at, m.id) < (timestamptz '9999-01-01', '00000000-0000-0000-0000-000000000000'::uuid)
            ORDER BY m.created_at DESC, m.id DESC LIMIT 31
            """);
        Assert.True(plan.Contains("using ix_messages_conversation_history") && !plan.Contains("Sort") && !plan.Contains("Seq Scan"), plan);
    }
}
