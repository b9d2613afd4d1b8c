using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>A member whose profile is for members only: any signed-in member sees their posts, anonymous visitors do not.</summary>
public sealed class MembersOnlyAuthorsPostsNeedASignedInViewer : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_signed_in_stranger_sees_the_posts_and_an_anonymous_visitor_does_not()
    {
        var author = await _db.CreateUserAsync("insider");
        var open = await _db.CreateUserAsync("opener");
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'members_only' WHERE user_id = $1", author);
        var post = await _db.InsertPostAsync(author, "Members mixdown #mixdown", SocialTestKit.Start.AddHours(-1));
        var publicPost = await _db.InsertPostAsync(open, "Public mixdown #mixdown", SocialTestKit.Start.AddHours(-2));

        var member = _db.As(await _db.CreateUserAsync("stranger"));
        var anonymous = _db.Anonymous();

        Assert.Equal([post, publicPost], (await member.Get<FeedService>().ExploreAsync()).Items.Select(p => p.Id));
        Assert.Equal([post, publicPost], (await member.Get<FeedService>().TagAsync("mixdown")).Items.Select(p => p.Id));
        Assert.Contains((await member.Get<SearchService>().PostsAsync("mixdown")).Items, p => p.Id == post);
        Assert.NotNull(await member.Get<FeedService>().GetAsync(post));

        Assert.Equal([publicPost], (await anonymous.Get<FeedService>().ExploreAsync()).Items.Select(p => p.Id));
        Assert.Equal([publicPost], (await anonymous.Get<FeedService>().TagAsync("mixdown")).Items.Select(p => p.Id));
        Assert.Equal([publicPost], (await anonymous.Get<SearchService>().PostsAsync("mixdown")).Items.Select(p => p.Id));
        Assert.Empty((await anonymous.Get<FeedService>().ProfileAsync(author)).Items);
        Assert.Null(await anonymous.Get<FeedService>().GetAsync(post));
    }
}
