using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Messaging;

public sealed class ConversationListAndHistory : IAsyncLifetime
{
    private TestDb _db = null!;
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = MessagingTestKit.Clock();

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    /// <summary>A broadcaster for the services under test, and the events it carried.</summary>
    private static (InProcessMessageBroadcaster Broadcaster, List<MessageEvent> Events) Listen()
    {
        var broadcaster = new InProcessMessageBroadcaster();
        var events = new List<MessageEvent>();
        broadcaster.Published += events.Add;
        return (broadcaster, events);
    }

    [Fact]
    public async Task The_list_is_newest_first_with_unread_counts_search_and_keyset_pages()
    {
        var me = await _db.CreateUserAsync("me");
        var names = new[] { "alpha", "bravo", "charlie" };
        var ids = new Dictionary<string, Guid>();
        foreach (var name in names)
        {
            var other = await _db.CreateUserAsync(name);
            await _db.As(me).FollowAsync(other);
            var conversation = await _db.Conversations(other, _clock).StartDirectAsync(me).Ok();
            _clock.Advance(TimeSpan.FromMinutes(1));
            await _db.Conversations(other, _clock).SendAsync(conversation, $"{name} says hi about the synth").Ok();
            _clock.Advance(TimeSpan.FromMinutes(1));
            await _db.Conversations(other, _clock).SendAsync(conversation, $"{name} **again**").Ok();
            ids[name] = conversation;
        }
        await _db.Conversations(me, _clock).MarkReadAsync(ids["bravo"]).Ok();
        var settings = new Dictionary<string, string?> { ["Messaging:ListPageSize"] = "2" };

        var first = await _db.Queries(me, _clock, settings).ListAsync();
        Assert.Equal(["charlie", "bravo"], first.Items.Select(c => c.Title));
        Assert.Equal([2, 0], first.Items.Select(c => c.UnreadCount));
        Assert.Equal("charlie again", first.Items[0].Preview); // the words a reader sees, not the Markdown typed
        var second = await _db.Queries(me, _clock, settings).ListAsync(cursor: first.NextCursor);
        Assert.Equal(["alpha"], second.Items.Select(c => c.Title));
        Assert.Null(second.NextCursor);

        Assert.Equal(["bravo"], (await _db.Queries(me, _clock).ListAsync(search: "brav")).Items.Select(c => c.Title));
        Assert.Equal(["charlie", "bravo", "alpha"], (await _db.Queries(me, _clock).ListAsync(search: "SYNTH")).Items.Select(c => c.Title));
        Assert.Empty((await _db.Queries(me, _clock).ListAsync(search: "100%")).Items);
        Assert.Equal(2, (await _db.Queries(me, _clock).UnreadCountsAsync()).Inbox);
    }

    [Fact]
    public async Task The_preview_is_cut_from_the_words_a_reader_sees_and_skips_messages_deleted_for_the_member()
    {
        var me = await _db.CreateUserAsync("me");
        var other = await _db.CreateUserAsync("other");
        await _db.As(me).FollowAsync(other);
        var conversation = await _db.Conversations(other, _clock).StartDirectAsync(me).Ok();
        await _db.Conversations(other, _clock).SendAsync(conversation, "the earlier one").Ok();
        var earlierAt = _clock.GetUtcNow();
        await _db.ExecuteAsync("UPDATE notifications SET is_read = true WHERE user_id = $1", me); // so the next message notifies again
        _clock.Advance(TimeSpan.FromMinutes(1));
        // The stored preview keeps the first 100 characters of Markdown: this one ends inside its bold words.
        var hook = new string('a', 80) + " I have a **vocal idea** that fits the hook";
        var last = await _db.Conversations(other, _clock).SendAsync(conversation, hook).Ok();

        var preview = Assert.Single((await _db.Queries(me, _clock).ListAsync()).Items).Preview!;
        Assert.DoesNotContain("*", preview);
        Assert.Contains("vocal", preview);
        var notified = await _db.ScalarAsync<string>(
            "SELECT message FROM notifications WHERE user_id = $1 AND type = 'message' ORDER BY created_at DESC LIMIT 1", me);
        Assert.Contains("vocal", notified);
        Assert.DoesNotContain("*", notified);

        var (broadcaster, events) = Listen();
        await _db.As(me, clock: _clock, configure: s => s.AddSingleton<IMessageBroadcaster>(broadcaster)).Get<ConversationService>().DeleteForMeAsync(last).Ok();
        var mine = Assert.Single((await _db.Queries(me, _clock).ListAsync()).Items);
        Assert.Equal("the earlier one", mine.Preview);
        Assert.Equal(earlierAt, mine.LastMessageAt); // the time of the message shown, not of the one deleted for the member
        Assert.Contains("vocal", Assert.Single((await _db.Queries(other, _clock).ListAsync()).Items).Preview);
        // The member's own list and other tabs hear of it, and nobody else does.
        var told = Assert.Single(events);
        Assert.Equal((MessageEventKind.Deleted, conversation, me, last), (told.Kind, told.ConversationId, told.ActorId, told.MessageId));
        Assert.Equal([me], told.ParticipantIds);
    }

    [Fact]
    public async Task Unread_messages_are_counted_up_to_the_cap_the_list_shows_as_99_plus()
    {
        var me = await _db.CreateUserAsync("me");
        var chatty = await _db.CreateUserAsync("chatty");
        var quiet = await _db.CreateUserAsync("quiet");
        await _db.As(me).FollowAsync(chatty);
        await _db.As(me).FollowAsync(quiet);
        var busy = await _db.Conversations(chatty, _clock).StartDirectAsync(me).Ok();
        await _db.ExecuteAsync("""
            INSERT INTO messages (id, conversation_id, sender_id, content, created_at, updated_at)
            SELECT gen_random_uuid(), $1, $2, 'line ' || k, $3::timestamptz + k * interval '1 second', $3::timestamptz + k * interval '1 second'
            FROM generate_series(1, 120) k
            """, busy, chatty, _clock.GetUtcNow());
        var calm = await _db.Conversations(quiet, _clock).StartDirectAsync(me).Ok();
        _clock.Advance(TimeSpan.FromMinutes(5));
        await _db.Conversations(quiet, _clock).SendAsync(calm, "just one").Ok();

        var items = (await _db.Queries(me, _clock).ListAsync()).Items;

        var many = Assert.Single(items, c => c.Id == busy);
        Assert.Equal(ConversationSummary.UnreadCap, many.UnreadCount);
        Assert.Equal("99+", many.UnreadText);
        var one = Assert.Single(items, c => c.Id == calm);
        Assert.Equal(1, one.UnreadCount);
        Assert.Equal("1", one.UnreadText);
    }

    [Fact]
    public async Task History_pages_upward_without_gaps_or_repeats_and_renders_markdown_safely()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var conversation = await _db.Conversations(ana, _clock).StartDirectAsync(bob).Ok();
        var settings = new Dictionary<string, string?> { ["Messaging:MessagesPerMinute"] = "1000" };
        var asAna = _db.Conversations(ana, _clock, settings);
        var asBob = _db.Conversations(bob, _clock, settings);
        for (var i = 0; i < 65; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            await (i % 2 == 0 ? asAna : asBob).SendAsync(conversation, $"message {i:00}").Ok();
        }

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await _db.Queries(ana, _clock).HistoryAsync(conversation, cursor);
            Assert.Equal(page.Messages.OrderBy(m => m.CreatedAt).Select(m => m.Id), page.Messages.Select(m => m.Id));
            seen.InsertRange(0, page.Messages.Select(m => m.Text));
            cursor = page.EarlierCursor;
            pages++;
        } while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 65).Select(i => $"message {i:00}"), seen);
    }

    [Fact]
    public async Task New_messages_notify_once_per_conversation_until_read_and_reach_open_views_after_commit()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        await _db.As(bob).FollowAsync(ana);
        var (broadcaster, events) = Listen();
        var asAna = _db.As(ana, clock: _clock, configure: s => s.AddSingleton<IMessageBroadcaster>(broadcaster)).Get<ConversationService>();
        var conversation = await asAna.StartDirectAsync(bob).Ok();

        await asAna.SendAsync(conversation, "one").Ok();
        await asAna.SendAsync(conversation, "two").Ok();
        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1 AND type = 'message' AND NOT is_read", bob));
        var sent = events.Where(e => e.Kind == MessageEventKind.Sent).ToList();
        Assert.Equal(2, sent.Count);
        Assert.All(sent, e => Assert.Equal(new[] { ana, bob }.Order(), e.ParticipantIds.Order()));

        await _db.Conversations(bob, _clock).MarkReadAsync(conversation).Ok();
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1 AND NOT is_read", bob));
        await asAna.SendAsync(conversation, "the **third** one").Ok();
        Assert.Equal(2, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1 AND type = 'message'", bob));
        var note = await _db.ScalarAsync<string>("SELECT title FROM notifications WHERE user_id = $1 AND NOT is_read", bob);
        Assert.Equal("@ana sent you a message", note);
        var quoted = await _db.ScalarAsync<string>("SELECT message FROM notifications WHERE user_id = $1 AND NOT is_read", bob);
        Assert.Equal("the third one", NotificationQueryService.Excerpt(NotificationType.Message, quoted));

        var failed = await asAna.SendAsync(conversation, "");
        Assert.False(failed.Succeeded);
        Assert.Equal(3, events.Count(e => e.Kind == MessageEventKind.Sent));
    }

    [Fact]
    public async Task Accepting_a_group_tells_the_others_open_views_to_read_their_seen_again()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var cy = await _db.CreateUserAsync("cy");
        var (broadcaster, events) = Listen();
        var group = await _db.Conversations(ana, _clock).CreateGroupAsync("Beat team", [bob, cy]).Ok();
        await _db.Conversations(ana, _clock).SendAsync(group, "session at 8?").Ok();
        await _db.Conversations(cy, _clock).AcceptAsync(group).Ok();
        await _db.Conversations(cy, _clock).MarkReadAsync(group).Ok();
        var asBob = _db.As(bob, clock: _clock, configure: s => s.AddSingleton<IMessageBroadcaster>(broadcaster)).Get<ConversationService>();
        await asBob.MarkReadAsync(group).Ok();
        Assert.Null((await _db.Queries(ana, _clock).DetailAsync(group))!.SeenMessageId); // read as a request: not seen
        events.Clear();

        await asBob.AcceptAsync(group).Ok();

        var read = Assert.Single(events, e => e.Kind == MessageEventKind.Read);
        Assert.Equal(new[] { ana, bob, cy }.Order(), read.ParticipantIds.Order());
        Assert.NotNull((await _db.Queries(ana, _clock).DetailAsync(group))!.SeenMessageId);
    }

    [Fact]
    public async Task Accepting_a_direct_request_read_before_marks_it_seen_without_reading_it_again()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var conversation = await _db.Conversations(ana, _clock).StartDirectAsync(bob).Ok();
        var message = await _db.Conversations(ana, _clock).SendAsync(conversation, "can I send you a beat?").Ok();
        _clock.Advance(TimeSpan.FromMinutes(1));
        await _db.Conversations(bob, _clock).MarkReadAsync(conversation).Ok();
        Assert.Null((await _db.Queries(ana, _clock).DetailAsync(conversation))!.SeenMessageId);

        await _db.Conversations(bob, _clock).AcceptAsync(conversation).Ok();

        Assert.Equal(message, (await _db.Queries(ana, _clock).DetailAsync(conversation))!.SeenMessageId);
    }

    [Fact]
    public async Task Typing_in_a_request_not_accepted_tells_the_sender_nothing()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var (broadcaster, events) = Listen();
        var conversation = await _db.Conversations(ana, _clock).StartDirectAsync(bob).Ok();
        await _db.Conversations(ana, _clock).SendAsync(conversation, "can I send you a beat?").Ok();
        var asBob = _db.As(bob, clock: _clock, configure: s => s.AddSingleton<IMessageBroadcaster>(broadcaster)).Get<ConversationService>();

        await asBob.TypingAsync(conversation).Ok();
        Assert.DoesNotContain(events, e => e.Kind == MessageEventKind.Typing);

        await asBob.AcceptAsync(conversation).Ok();
        await asBob.TypingAsync(conversation).Ok();
        Assert.Single(events, e => e.Kind == MessageEventKind.Typing && e.ActorId == bob);
    }

    [Fact]
    public async Task Blocking_and_unblocking_tell_the_open_views_of_the_two_members_direct_conversation()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var cy = await _db.CreateUserAsync("cy");
        var (broadcaster, events) = Listen();
        await _db.As(bob).FollowAsync(ana);
        var direct = await _db.Conversations(ana, _clock).StartDirectAsync(bob).Ok();
        await _db.Conversations(ana, _clock).SendAsync(direct, "new stems?").Ok();
        var group = await _db.Conversations(ana, _clock).CreateGroupAsync("Beat team", [bob, cy]).Ok();
        var blocks = _db.As(bob, clock: _clock, configure: s => s.AddSingleton<IMessageBroadcaster>(broadcaster)).Get<BlockService>();

        await blocks.BlockAsync(ana).Ok();

        var changed = Assert.Single(events);
        Assert.Equal((MessageEventKind.Changed, direct, bob), (changed.Kind, changed.ConversationId, changed.ActorId));
        Assert.Equal(new[] { ana, bob }.Order(), changed.ParticipantIds.Order());
        Assert.DoesNotContain(events, e => e.ConversationId == group);
        Assert.True((await _db.Queries(ana, _clock).DetailAsync(direct))!.IsBlocked);

        await blocks.UnblockAsync(ana).Ok();
        Assert.Equal(2, events.Count(e => e.ConversationId == direct));
    }
}
