using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Messaging;

public sealed class EditAndDeleteFollowTheFifteenMinuteWindow : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _ana, _bob, _conversation;
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = MessagingTestKit.Clock();

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _ana = await _db.CreateUserAsync("ana");
        _bob = await _db.CreateUserAsync("bob");
        _conversation = await _db.Conversations(_ana, _clock).StartDirectAsync(_bob).Ok();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Editing_works_for_fifteen_minutes_and_then_says_why_not()
    {
        var message = await _db.Conversations(_ana, _clock).SendAsync(_conversation, "first take").Ok();
        Assert.False(Assert.Single((await _db.Queries(_bob, _clock).HistoryAsync(_conversation)).Messages).IsEdited);
        _clock.Advance(TimeSpan.FromMinutes(14));
        await _db.Conversations(_ana, _clock).EditAsync(message, "  **second** take  ").Ok();
        Assert.Equal("**second** take", await _db.ScalarAsync<string>("SELECT content FROM messages WHERE id = $1", message));
        // The other side sees that it was edited; only its sender can say so.
        Assert.True(Assert.Single((await _db.Queries(_bob, _clock).HistoryAsync(_conversation)).Messages).IsEdited);
        Assert.Equal("42501", await _db.SqlStateAsAsync(_bob, $"UPDATE messages SET edited_at = NULL WHERE id = {message}"));

        _clock.Advance(TimeSpan.FromMinutes(2));
        var late = await _db.Conversations(_ana, _clock).EditAsync(message, "third take");
        Assert.Equal("messaging.edit_window_closed", late.FirstError?.Code);
        Assert.Equal("**second** take", await _db.ScalarAsync<string>("SELECT content FROM messages WHERE id = $1", message));
        var shown = Assert.Single((await _db.Queries(_ana, _clock).HistoryAsync(_conversation)).Messages);
        Assert.Equal(shown.CreatedAt.AddMinutes(15), shown.ChangeableUntil);
        Assert.False(shown.CanChangeAt(_clock.GetUtcNow()));
    }

    [Fact]
    public async Task Deleting_for_everyone_empties_the_text_in_the_database_and_leaves_a_placeholder_within_the_window_only()
    {
        var early = await _db.Conversations(_ana, _clock).SendAsync(_conversation, "oops, wrong chat").Ok();
        _clock.Advance(TimeSpan.FromMinutes(10));
        await _db.Conversations(_ana, _clock).DeleteForEveryoneAsync(early).Ok();
        Assert.Equal("", await _db.ScalarAsync<string>("SELECT content FROM messages WHERE id = $1", early));
        Assert.True(await _db.ScalarAsync<bool>("SELECT is_deleted FROM messages WHERE id = $1", early));
        Assert.Equal("Message deleted", await _db.ScalarAsync<string>("SELECT last_message_preview FROM conversations WHERE id = $1", _conversation));
        var shown = Assert.Single((await _db.Queries(_bob, _clock).HistoryAsync(_conversation)).Messages);
        Assert.True(shown.IsDeleted);
        Assert.Equal("", shown.Html);

        var kept = await _db.Conversations(_ana, _clock).SendAsync(_conversation, "the real message").Ok();
        _clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal("messaging.edit_window_closed", (await _db.Conversations(_ana, _clock).DeleteForEveryoneAsync(kept)).FirstError?.Code);
        Assert.Equal(MessagingErrors.MessageDeleted, (await _db.Conversations(_ana, _clock).EditAsync(early, "back")).FirstError);
        Assert.Equal("the real message", await _db.ScalarAsync<string>("SELECT content FROM messages WHERE id = $1", kept));
    }

    [Fact]
    public async Task Deleting_for_me_hides_a_message_from_me_only_at_any_time()
    {
        var fromAna = await _db.Conversations(_ana, _clock).SendAsync(_conversation, "from ana").Ok();
        _clock.Advance(TimeSpan.FromMinutes(1));
        await _db.Conversations(_bob, _clock).SendAsync(_conversation, "from bob").Ok();
        _clock.Advance(TimeSpan.FromDays(30));

        await _db.Conversations(_bob, _clock).DeleteForMeAsync(fromAna).Ok();
        await _db.Conversations(_bob, _clock).DeleteForMeAsync(fromAna).Ok();

        Assert.Equal(["from bob"], (await _db.Queries(_bob, _clock).HistoryAsync(_conversation)).Messages.Select(m => m.Text));
        Assert.Equal(["from ana", "from bob"], (await _db.Queries(_ana, _clock).HistoryAsync(_conversation)).Messages.Select(m => m.Text));
        Assert.Equal(1, await _db.ScalarAsync<int>("SELECT cardinality(deleted_for) FROM messages WHERE id = $1", fromAna));
    }
}
