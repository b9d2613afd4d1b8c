using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Messaging;

public sealed class DirectConversationIsOnePerPair : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Eight_concurrent_starts_from_both_sides_make_one_conversation()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var clock = MessagingTestKit.Clock();
        var starts = Enumerable.Range(0, 8)
            .Select(i => i % 2 == 0 ? _db.Conversations(ana, clock).StartDirectAsync(bob) : _db.Conversations(bob, clock).StartDirectAsync(ana))
            .ToList();
        var results = await Task.WhenAll(starts);

        Assert.All(results, r => Assert.True(r.Succeeded, r.FirstError?.Message));
        Assert.Single(results.Select(r => r.Value).Distinct());
        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT count(*) FROM conversations"));
        Assert.Equal(2, await _db.ScalarAsync<long>("SELECT count(*) FROM conversation_members"));
    }

    [Fact]
    public async Task Starting_again_reuses_the_conversation_and_yourself_or_a_stranger_id_is_refused()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var clock = MessagingTestKit.Clock();
        var first = await _db.Conversations(ana, clock).StartDirectAsync(bob).Ok();
        Assert.Equal(first, await _db.Conversations(bob, clock).StartDirectAsync(ana).Ok());

        Assert.Equal(MessagingErrors.CannotMessageSelf, (await _db.Conversations(ana, clock).StartDirectAsync(ana)).FirstError);
        Assert.Equal(MessagingErrors.MemberNotFound, (await _db.Conversations(ana, clock).StartDirectAsync(Guid.NewGuid())).FirstError);
        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT count(*) FROM conversations"));
    }

    [Fact]
    public async Task New_conversations_are_rate_limited_with_a_clear_message_and_reopening_is_free()
    {
        var ana = await _db.CreateUserAsync("ana");
        var others = new List<Guid>();
        for (var i = 0; i < 3; i++) others.Add(await _db.CreateUserAsync($"member{i}"));
        var clock = MessagingTestKit.Clock();
        var settings = new Dictionary<string, string?> { ["Messaging:NewConversationsPerHour"] = "2" };
        var first = await _db.Conversations(ana, clock, settings).StartDirectAsync(others[0]).Ok();
        await _db.Conversations(ana, clock, settings).StartDirectAsync(others[1]).Ok();

        var third = await _db.Conversations(ana, clock, settings).StartDirectAsync(others[2]);
        Assert.Equal("messaging.too_many_new_conversations", third.FirstError?.Code);
        Assert.Equal(first, await _db.Conversations(ana, clock, settings).StartDirectAsync(others[0]).Ok());

        clock.Advance(TimeSpan.FromMinutes(61));
        await _db.Conversations(ana, clock, settings).StartDirectAsync(others[2]).Ok();
    }
}
