using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Messaging;

public sealed class MessagesAreForParticipantsOnly : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task An_outsider_cannot_read_send_mark_or_change_anything_in_a_conversation()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var eve = await _db.CreateUserAsync("eve");
        var clock = MessagingTestKit.Clock();
        var conversation = await _db.Conversations(ana, clock).StartDirectAsync(bob).Ok();
        var message = await _db.Conversations(ana, clock).SendAsync(conversation, "private plans").Ok();

        var asEve = _db.Conversations(eve, clock);
        Assert.Equal(MessagingErrors.ConversationNotFound, (await asEve.SendAsync(conversation, "let me in")).FirstError);
        Assert.Equal(MessagingErrors.ConversationNotFound, (await asEve.MarkReadAsync(conversation)).FirstError);
        Assert.Equal(MessagingErrors.ConversationNotFound, (await asEve.AcceptAsync(conversation)).FirstError);
        Assert.Equal(MessagingErrors.ConversationNotFound, (await asEve.TypingAsync(conversation)).FirstError);
        Assert.Equal(MessagingErrors.MessageNotFound, (await asEve.EditAsync(message, "changed")).FirstError);
        Assert.Equal(MessagingErrors.MessageNotFound, (await asEve.DeleteForEveryoneAsync(message)).FirstError);
        Assert.Equal(MessagingErrors.MessageNotFound, (await asEve.DeleteForMeAsync(message)).FirstError);
        Assert.Null(await _db.Queries(eve, clock).DetailAsync(conversation));
        Assert.Empty((await _db.Queries(eve, clock).HistoryAsync(conversation)).Messages);
        Assert.Empty((await _db.Queries(eve, clock).ListAsync()).Items);

        // Behind the services, Row Level Security hides the rows from Eve's own connection.
        await using (var db = await _db.As(eve).Contexts.CreateDbContextAsync())
        {
            Assert.Equal(0, await db.Conversations.CountAsync());
            Assert.Equal(0, await db.Messages.CountAsync());
            Assert.Equal(0, await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM conversation_members").SingleAsync());
        }
        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT count(*) FROM messages"));
        Assert.Equal("private plans", await _db.ScalarAsync<string>("SELECT content FROM messages"));
        Assert.False(await _db.ScalarAsync<bool>("SELECT is_deleted FROM messages"));
    }

    [Fact]
    public async Task A_participant_cannot_change_the_other_participants_message_even_behind_the_service()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var clock = MessagingTestKit.Clock();
        var conversation = await _db.Conversations(ana, clock).StartDirectAsync(bob).Ok();
        var message = await _db.Conversations(ana, clock).SendAsync(conversation, "hello").Ok();

        Assert.Equal(MessagingErrors.NotYourMessage, (await _db.Conversations(bob, clock).EditAsync(message, "forged")).FirstError);
        await using var db = await _db.As(bob).Contexts.CreateDbContextAsync();
        await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.ExecuteSqlInterpolatedAsync($"UPDATE messages SET content = 'forged' WHERE id = {message}"));
        Assert.Equal("hello", await _db.ScalarAsync<string>("SELECT content FROM messages"));
    }
}
