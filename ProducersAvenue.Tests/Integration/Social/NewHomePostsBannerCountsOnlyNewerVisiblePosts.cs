using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>The "N new posts" banner: posts of followed members newer than the newest one on screen, that the viewer may see.</summary>
public sealed class NewHomePostsBannerCountsOnlyNewerVisiblePosts : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Only_newer_visible_posts_of_followed_members_count()
    {
        var viewerId = await _db.CreateUserAsync("viewer");
        var followed = await _db.CreateUserAsync("followed");
        var hermit = await _db.CreateUserAsync("hermit");
        var stranger = await _db.CreateUserAsync("stranger");
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = $1", hermit);
        var viewer = _db.As(viewerId);
        await viewer.FollowAsync(followed);
        await viewer.FollowAsync(hermit);
        var seen = SocialTestKit.Start.AddMinutes(-30);

        await _db.InsertPostAsync(followed, "already on screen", seen);
        await _db.InsertPostAsync(followed, "older", seen.AddMinutes(-5));
        await _db.InsertPostAsync(followed, "new one", seen.AddMinutes(1));
        await _db.InsertPostAsync(followed, "new two", seen.AddMinutes(2));
        await _db.InsertPostAsync(followed, "new but hidden", seen.AddMinutes(3), hidden: true);
        await _db.InsertPostAsync(hermit, "private author, not connected", seen.AddMinutes(4));
        await _db.InsertPostAsync(stranger, "not followed", seen.AddMinutes(5));
        await _db.InsertPostAsync(viewerId, "my own", seen.AddMinutes(6));

        Assert.Equal(2, await viewer.Get<FeedService>().CountNewHomePostsAsync(seen));
        Assert.Equal(0, await viewer.Get<FeedService>().CountNewHomePostsAsync(seen.AddMinutes(10)));
        Assert.Equal(0, await _db.Anonymous().Get<FeedService>().CountNewHomePostsAsync(seen));
    }
}
