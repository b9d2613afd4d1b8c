using Microsoft.EntityFrameworkCore;
using Npgsql;
using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Messaging;

/// <summary>A block (decision 205) leaves a direct conversation readable and closed to new messages for both.</summary>
public sealed class BlockedConversationsAreReadOnly : IAsyncLifetime
{
    private TestDb _db = null!;
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = MessagingTestKit.Clock();

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task After_a_block_neither_member_can_send_or_edit_and_both_still_read_the_history()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var conversation = await _db.Conversations(ana, _clock).StartDirectAsync(bob).Ok();
        var message = await _db.Conversations(ana, _clock).SendAsync(conversation, "hi bob").Ok();

        Assert.True((await _db.As(bob).Get<BlockService>().BlockAsync(ana)).Succeeded);

        Assert.Equal(MessagingErrors.Blocked, (await _db.Conversations(ana, _clock).SendAsync(conversation, "hello?")).FirstError);
        Assert.Equal(MessagingErrors.Blocked, (await _db.Conversations(bob, _clock).SendAsync(conversation, "bye")).FirstError);
        Assert.Equal(MessagingErrors.Blocked, (await _db.Conversations(ana, _clock).EditAsync(message, "hi bob!!")).FirstError);
        Assert.True((await _db.Queries(ana, _clock).DetailAsync(conversation))!.IsBlocked);
        Assert.True((await _db.Queries(bob, _clock).DetailAsync(conversation))!.IsBlocked);
        Assert.Equal(new[] { "hi bob" }, (await _db.Queries(bob, _clock).HistoryAsync(conversation)).Messages.Select(m => m.Text));
        // "Message" on the profile still opens the existing conversation, read-only.
        Assert.Equal(conversation, await _db.Conversations(ana, _clock).StartDirectAsync(bob).Ok());

        // Behind the service, the messages policy refuses the blocked member's INSERT.
        await using var db = await _db.As(ana).Contexts.CreateDbContextAsync();
        var refused = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO messages (conversation_id, sender_id, content) VALUES ({conversation}, {ana}, 'forged')"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT count(*) FROM messages"));
    }

    [Fact]
    public async Task A_block_sets_the_blocked_members_request_aside_and_takes_its_notification_away()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var cy = await _db.CreateUserAsync("cy");
        var fromAna = await _db.Conversations(ana, _clock).StartDirectAsync(bob).Ok();
        await _db.Conversations(ana, _clock).SendAsync(fromAna, "hi bob, can I send you a beat?").Ok();
        var fromCy = await _db.Conversations(cy, _clock).StartDirectAsync(bob).Ok();
        await _db.Conversations(cy, _clock).SendAsync(fromCy, "hey bob").Ok();
        const string Folder = "SELECT folder FROM conversation_members WHERE conversation_id = $1 AND user_id = $2";
        Assert.Equal("requests", await _db.ScalarAsync<string>(Folder, fromAna, bob)); // bob does not follow ana

        Assert.True((await _db.As(bob).Get<BlockService>().BlockAsync(ana)).Succeeded);

        Assert.Equal("ignored", await _db.ScalarAsync<string>(Folder, fromAna, bob));
        Assert.Equal("requests", await _db.ScalarAsync<string>(Folder, fromCy, bob));
        Assert.Equal([cy], await _db.ListAsync<Guid>("SELECT actor_id FROM notifications WHERE user_id = $1 AND type = 'message'", bob));
    }

    [Fact]
    public async Task A_member_can_still_take_back_their_message_after_a_block()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var conversation = await _db.Conversations(ana, _clock).StartDirectAsync(bob).Ok();
        var message = await _db.Conversations(ana, _clock).SendAsync(conversation, "something I regret").Ok();
        Assert.True((await _db.As(ana).Get<BlockService>().BlockAsync(bob)).Succeeded);

        await _db.Conversations(ana, _clock).DeleteForEveryoneAsync(message).Ok();

        Assert.Equal("", await _db.ScalarAsync<string>("SELECT content FROM messages WHERE id = $1", message));
        Assert.True(Assert.Single((await _db.Queries(bob, _clock).HistoryAsync(conversation)).Messages).IsDeleted);
    }

    [Fact]
    public async Task No_new_conversation_or_group_chat_with_a_block_partner()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var cy = await _db.CreateUserAsync("cy");
        Assert.True((await _db.As(bob).Get<BlockService>().BlockAsync(ana)).Succeeded);

        var refused = (await _db.Conversations(ana, _clock).StartDirectAsync(bob)).FirstError;
        Assert.Equal(MessagingErrors.BlockedNewConversation, refused);
        Assert.DoesNotContain("stays here", refused!.Message);
        Assert.Equal(MessagingErrors.BlockedNewConversation, (await _db.Conversations(bob, _clock).StartDirectAsync(ana)).FirstError);
        Assert.Equal(MessagingErrors.BlockedMember, (await _db.Conversations(ana, _clock).CreateGroupAsync("Trio", [bob, cy])).FirstError);
        var group = await _db.Conversations(ana, _clock).CreateGroupAsync("Trio", [cy, await _db.CreateUserAsync("dee")]).Ok();
        Assert.Equal(MessagingErrors.BlockedMember, (await _db.Conversations(ana, _clock).AddMemberAsync(group, bob)).FirstError);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM conversations WHERE NOT is_group"));
    }
}
