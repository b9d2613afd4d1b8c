using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// "Connected" (a mutual follow) is the SQL function <c>app_is_connected</c> on every path: the profile page, the follow
/// lists, member search, the feeds' badge and visibility, and Row Level Security (docs/decisions/019). Redefining the
/// function in the database moves them all, which a second copy of the rule in C# would not.
/// </summary>
public sealed class ConnectedHasOneImplementation : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _alice;
    private Guid _bob;
    private Guid _carol;
    private Guid _bobsPost;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _alice = await _db.CreateUserAsync("alice");
        _bob = await _db.CreateUserAsync("bob");
        _carol = await _db.CreateUserAsync("carol");
        await _db.As(_alice).FollowAsync(_bob);
        await _db.As(_bob).FollowAsync(_alice);
        await _db.As(_alice).FollowAsync(_carol); // one way only
        _bobsPost = await _db.As(_bob).PostAsync("Private thoughts");
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = $1", _bob);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Every_path_agrees_on_who_is_connected()
    {
        var alice = _db.As(_alice);

        Assert.True(await alice.Get<FollowService>().IsConnectedAsync(_alice, _bob));
        Assert.False(await alice.Get<FollowService>().IsConnectedAsync(_alice, _carol));
        Assert.True((await alice.Get<ProfileService>().GetProfileAsync("bob")).Profile!.IsConnected);
        Assert.False((await alice.Get<ProfileService>().GetProfileAsync("carol")).Profile!.IsConnected);
        var following = (await alice.Get<FollowService>().FollowingAsync("alice")).Items.ToDictionary(r => r.Member.Username, r => r.Connected);
        Assert.Equal(new Dictionary<string, bool> { ["bob"] = true, ["carol"] = false }, following);
        Assert.True((await alice.Get<SearchService>().MembersAsync("bob")).Items.Single().Connected);
        Assert.False((await alice.Get<SearchService>().MembersAsync("carol")).Items.Single().Connected);
        Assert.True((await alice.Get<FeedService>().ExploreAsync()).Items.Single(p => p.Id == _bobsPost).AuthorIsConnected);
        Assert.True(await _db.ScalarAsync<bool>("SELECT app_is_connected($1, $2)", _alice, _bob));
    }

    [Fact]
    public async Task Redefining_app_is_connected_moves_every_query_path()
    {
        await _db.ExecuteAsync("CREATE OR REPLACE FUNCTION app_is_connected(p_a uuid, p_b uuid) RETURNS boolean LANGUAGE sql STABLE AS 'SELECT false'");
        var alice = _db.As(_alice);

        Assert.False(await alice.Get<FollowService>().IsConnectedAsync(_alice, _bob));
        Assert.NotEqual(ProfileAccess.Found, (await alice.Get<ProfileService>().GetProfileAsync("bob")).Access);
        Assert.DoesNotContain((await alice.Get<FeedService>().ExploreAsync()).Items, p => p.Id == _bobsPost);
        Assert.Empty((await alice.Get<SearchService>().MembersAsync("bob")).Items);
        // Her own list still names bob, whom she follows (decision 272) — no longer connected.
        Assert.False((await alice.Get<FollowService>().FollowingAsync("alice")).Items.Single(r => r.Member.Username == "bob").Connected);
    }
}
