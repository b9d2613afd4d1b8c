using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Messaging;

public sealed class BadMessagesAreRefusedClearly : IAsyncLifetime
{
    private TestDb _db = null!;
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = MessagingTestKit.Clock();

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData("", "messaging.empty_message")]
    [InlineData("   \n\t ", "messaging.empty_message")]
    [InlineData("beat\0drop", "messaging.invalid_characters")]
    [InlineData(null, "messaging.message_too_long")]
    public async Task Empty_NUL_and_huge_pastes_get_a_catalogue_error_at_the_composer_and_nothing_is_stored(string? text, string code)
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var conversation = await _db.Conversations(ana, _clock).StartDirectAsync(bob).Ok();

        var result = await _db.Conversations(ana, _clock).SendAsync(conversation, text ?? new string('x', 100_000));

        Assert.Equal(code, result.FirstError?.Code);
        Assert.Equal("Content", result.FirstError?.Field);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM messages"));
        Assert.Null(await _db.ScalarAsync<DateTimeOffset?>("SELECT last_message_at FROM conversations"));
    }

    [Fact]
    public async Task Five_thousand_characters_pass_and_forged_ids_are_not_found()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var conversation = await _db.Conversations(ana, _clock).StartDirectAsync(bob).Ok();
        await _db.Conversations(ana, _clock).SendAsync(conversation, "  " + new string('x', 5000) + "  ").Ok();
        Assert.Equal("messaging.message_too_long", (await _db.Conversations(ana, _clock).SendAsync(conversation, new string('x', 5001))).FirstError?.Code);

        Assert.Equal(MessagingErrors.ConversationNotFound, (await _db.Conversations(ana, _clock).SendAsync(Guid.NewGuid(), "hello")).FirstError);
        Assert.Equal(MessagingErrors.MessageNotFound, (await _db.Conversations(ana, _clock).EditAsync(Guid.NewGuid(), "hello")).FirstError);
        Assert.Equal(MessagingErrors.MessageNotFound, (await _db.Conversations(ana, _clock).DeleteForMeAsync(Guid.NewGuid())).FirstError);
        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT count(*) FROM messages"));
    }

    [Fact]
    public async Task Sending_too_fast_is_refused_with_a_clear_message_until_the_minute_passes()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var settings = new Dictionary<string, string?> { ["Messaging:MessagesPerMinute"] = "3" };
        var conversation = await _db.Conversations(ana, _clock).StartDirectAsync(bob).Ok();
        for (var i = 0; i < 3; i++) await _db.Conversations(ana, _clock, settings).SendAsync(conversation, $"message {i}").Ok();

        var fourth = await _db.Conversations(ana, _clock, settings).SendAsync(conversation, "one more");
        Assert.Equal("messaging.sending_too_fast", fourth.FirstError?.Code);
        Assert.Contains("3 a minute", fourth.FirstError!.Message);

        _clock.Advance(TimeSpan.FromSeconds(61));
        await _db.Conversations(ana, _clock, settings).SendAsync(conversation, "one more").Ok();
        Assert.Equal(4, await _db.ScalarAsync<long>("SELECT count(*) FROM messages"));
    }
}
