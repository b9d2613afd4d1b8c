using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>A member whose profile is private: their posts reach only themselves, mutual connections and admins — in every feed.</summary>
public sealed class PrivateAuthorsPostsShowOnlyToTheirConnections : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _author;
    private Guid _post;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _author = await _db.CreateUserAsync("hermit");
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = $1", _author);
        _post = await _db.InsertPostAsync(_author, "Secret synthwave sketch #synthwave", SocialTestKit.Start.AddHours(-1));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_mutual_connection_sees_the_post_in_every_feed()
    {
        var friendId = await _db.CreateUserAsync("friend");
        var friend = _db.As(friendId);
        await friend.FollowAsync(_author);
        await _db.As(_author).FollowAsync(friendId);

        await AssertSeesAsync(friend, home: true, expected: true);
    }

    [Fact]
    public async Task A_one_way_follower_sees_it_nowhere_not_even_in_the_home_feed()
    {
        var fan = _db.As(await _db.CreateUserAsync("fan"));
        await fan.FollowAsync(_author);

        await AssertSeesAsync(fan, home: true, expected: false);
    }

    [Fact]
    public async Task A_stranger_and_an_anonymous_visitor_see_it_nowhere()
    {
        await AssertSeesAsync(_db.As(await _db.CreateUserAsync("stranger")), home: false, expected: false);
        await AssertSeesAsync(_db.Anonymous(), home: false, expected: false);
    }

    [Fact]
    public async Task The_author_and_an_admin_see_it_everywhere()
    {
        await AssertSeesAsync(_db.As(_author), home: true, expected: true);
        await AssertSeesAsync(_db.As(await _db.CreateUserAsync("boss", UserRole.Admin), UserRole.Admin), home: false, expected: true);
    }

    /// <summary>The post is (or is not) in explore, trending, the tag feed, search, the profile feed, post detail and optionally home.</summary>
    private async Task AssertSeesAsync(TestServices viewer, bool home, bool expected)
    {
        var found = await FindAsync(viewer, home);
        Assert.Equal(found.Select(f => (f.Feed, expected)), found);
    }

    private async Task<List<(string Feed, bool Visible)>> FindAsync(TestServices viewer, bool home)
    {
        var feeds = viewer.Get<FeedService>();
        var search = viewer.Get<SearchService>();
        List<(string, bool)> found =
        [
            ("explore", (await feeds.ExploreAsync()).Items.Any(p => p.Id == _post)),
            ("trending", (await feeds.ExploreAsync(ExploreSort.Trending)).Items.Any(p => p.Id == _post)),
            ("tag", (await feeds.TagAsync("synthwave")).Items.Any(p => p.Id == _post)),
            ("search", (await search.PostsAsync("synthwave")).Items.Any(p => p.Id == _post)),
            ("profile", (await feeds.ProfileAsync(_author)).Items.Any(p => p.Id == _post)),
            ("detail", await feeds.GetAsync(_post) is not null),
        ];
        if (home) found.Add(("home", (await feeds.HomeAsync()).Items.Any(p => p.Id == _post)));
        return found;
    }
}
