using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Support.Fakes;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// Decision 134: a tag whose posts anyone may read pass the cap says "N+" to every caller without counting that caller's
/// posts one by one — unless the caller has block partners, whose posts the public count may hold; hidden posts and
/// private authors' posts never make a tag look popular.
/// </summary>
public sealed class PopularTagsSayAtLeastWithoutCountingEachPost : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> CapOfTwo = new() { ["Social:TagCountCap"] = "2" };
    private TestDb _db = null!;
    private Guid _viewer, _blocker, _other, _private, _connection;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _viewer = await _db.CreateUserAsync("pt_viewer");
        _blocker = await _db.CreateUserAsync("pt_blocker");
        _other = await _db.CreateUserAsync("pt_other");
        _private = await _db.CreateUserAsync("pt_private");
        _connection = await _db.CreateUserAsync("pt_connection");
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = $1", _private);
        await _db.As(_private).FollowAsync(_connection);
        await _db.As(_connection).FollowAsync(_private);
        for (var i = 0; i < 3; i++)
        {
            await _db.InsertPostAsync(_other, "a #lofi loop", SocialTestKit.Start.AddMinutes(i));
            await _db.InsertPostAsync(_blocker, "some #beats", SocialTestKit.Start.AddMinutes(i));
            await _db.InsertPostAsync(_private, "a #quiet sketch", SocialTestKit.Start.AddMinutes(i));
            await _db.InsertPostAsync(_other, "a hidden #quiet take", SocialTestKit.Start.AddMinutes(i), hidden: true);
        }
        await _db.InsertPostAsync(_other, "more #beats", SocialTestKit.Start);
        await _db.InsertPostAsync(_other, "one #quiet loop", SocialTestKit.Start);
        await _db.ExecuteAsync("INSERT INTO user_blocks (blocker_id, blocked_id) VALUES ($1, $2)", _blocker, _viewer);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_popular_tag_says_at_least_the_cap_without_the_per_caller_count()
    {
        var recorder = new RecordingCommandInterceptor();

        var lofi = await _db.AsWithInterceptor(_connection, recorder, CapOfTwo).Get<TagService>().FindAsync("lofi");

        Assert.Equal((2, true), (lofi!.PostCount, lofi.AtLeast));
        Assert.Contains(recorder.Commands, sql => sql.Contains("app_public_tag_count"));
        Assert.DoesNotContain(recorder.Commands, sql => sql.Contains("visible_posts"));
        var anonymous = await _db.Anonymous(settings: CapOfTwo).Get<TagService>().FindAsync("lofi");
        Assert.Equal((2, true), (anonymous!.PostCount, anonymous.AtLeast));
    }

    [Fact]
    public async Task A_caller_with_a_block_partner_is_counted_post_by_post()
    {
        // #beats: four public posts, three of them by the member who blocked the viewer.
        var beats = await _db.As(_viewer, settings: CapOfTwo).Get<TagService>().FindAsync("beats");
        var strangers = await _db.As(_connection, settings: CapOfTwo).Get<TagService>().FindAsync("beats");

        Assert.Equal((1, false), (beats!.PostCount, beats.AtLeast));
        Assert.Equal((2, true), (strangers!.PostCount, strangers.AtLeast));
    }

    [Fact]
    public async Task Hidden_posts_and_private_authors_posts_do_not_make_a_tag_popular()
    {
        // #quiet: one public post; three by a private author; three hidden.
        var stranger = await _db.As(_viewer, settings: CapOfTwo).Get<TagService>().FindAsync("quiet");
        var connection = await _db.As(_connection, settings: CapOfTwo).Get<TagService>().FindAsync("quiet");

        Assert.Equal((1, false), (stranger!.PostCount, stranger.AtLeast));
        Assert.Equal((2, true), (connection!.PostCount, connection.AtLeast));
    }
}
