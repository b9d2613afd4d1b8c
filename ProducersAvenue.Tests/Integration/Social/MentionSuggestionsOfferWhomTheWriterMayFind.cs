using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// The members offered while "@mar" is typed (<see cref="MentionSuggestions"/>): usernames starting with it first, those
/// the writer follows ahead of the rest, then display names containing it; never the writer, a member across a block, a
/// banned member or a profile hidden from the writer. Under three characters only the writer's circle is searched.
/// </summary>
public sealed class MentionSuggestionsOfferWhomTheWriterMayFind : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _writer;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _writer = await _db.CreateUserAsync("mar_writer");
        var followed = await _db.CreateUserAsync("marlon");
        var popular = await _db.CreateUserAsync("marta");
        var follower = await _db.CreateUserAsync("mallory");
        var byName = await _db.CreateUserAsync("lj_keys");
        var blocker = await _db.CreateUserAsync("maria_blocks");
        var banned = await _db.CreateUserAsync("markus");
        var hermit = await _db.CreateUserAsync("marnie");
        await _db.ExecuteAsync("UPDATE user_profiles SET display_name = 'Lamar Jones' WHERE user_id = $1", byName);
        await _db.ExecuteAsync("UPDATE user_profiles SET followers_count = 500 WHERE user_id = $1", popular);
        await _db.ExecuteAsync("UPDATE user_profiles SET is_banned = true WHERE user_id = $1", banned);
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = $1", hermit);
        Assert.True((await _db.As(_writer).Get<FollowService>().FollowAsync(followed)).Succeeded);
        Assert.True((await _db.As(follower).Get<FollowService>().FollowAsync(_writer)).Succeeded);
        Assert.True((await _db.As(blocker).Get<BlockService>().BlockAsync(_writer)).Succeeded);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<List<string>> UsernamesAsync(string typed, Guid? writer = null) =>
        [.. (await _db.As(writer ?? _writer).Get<MentionSuggestions>().ForAsync(typed)).Select(m => m.Username)];

    [Fact]
    public async Task Usernames_that_start_with_the_text_come_first_the_followed_ahead_then_display_names()
    {
        Assert.Equal(["marlon", "marta", "lj_keys"], await UsernamesAsync("mar"));
        Assert.Equal(["marlon", "marta", "lj_keys"], await UsernamesAsync("MAR"));
        Assert.Equal(["marta"], await UsernamesAsync("mart"));
    }

    [Fact]
    public async Task Under_three_characters_only_whom_the_writer_follows_or_who_follows_them_is_offered()
    {
        Assert.Equal(["marlon", "mallory"], await UsernamesAsync("ma"));
        Assert.Equal(["mallory"], await UsernamesAsync("mal"));
    }

    [Fact]
    public async Task Text_that_cannot_start_a_username_or_a_signed_out_caller_gets_nothing()
    {
        foreach (var typed in new[] { "", "ma r", "m%", "m_r%'; --", "<b>", new string('m', 31) })
            Assert.Empty(await UsernamesAsync(typed));
        Assert.Empty(await _db.Anonymous().Get<MentionSuggestions>().ForAsync("mar"));
    }
}
