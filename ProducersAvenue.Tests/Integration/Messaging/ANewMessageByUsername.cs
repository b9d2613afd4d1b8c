using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Messaging;

/// <summary>
/// The messages page's "New message" starts (or reopens) the direct conversation with a member typed by username, with
/// or without the @ and in any case; an empty box, an unknown name or one's own name get a clear message, and nothing is made.
/// </summary>
public sealed class ANewMessageByUsername : IAsyncLifetime
{
    private TestDb _db = null!;
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = MessagingTestKit.Clock();

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_username_opens_the_one_direct_conversation_and_bad_names_are_explained()
    {
        var me = await _db.CreateUserAsync("writer");
        var other = await _db.CreateUserAsync("reader_one");
        var conversations = _db.Conversations(me, _clock);

        var byName = await conversations.StartDirectAsync(" @Reader_One ").Ok();
        var byId = await conversations.StartDirectAsync(other).Ok();
        var empty = await conversations.StartDirectAsync("  @ ");
        var unknown = await conversations.StartDirectAsync("nobody_here");
        var self = await conversations.StartDirectAsync("@writer");

        Assert.Equal(byId, byName);
        Assert.Equal(MessagingErrors.UsernameRequired, empty.FirstError);
        Assert.Equal("There is no member called @nobody_here.", unknown.FirstError?.Message);
        Assert.Equal(MessagingErrors.CannotMessageSelf, self.FirstError);
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM conversations"));
    }
}
