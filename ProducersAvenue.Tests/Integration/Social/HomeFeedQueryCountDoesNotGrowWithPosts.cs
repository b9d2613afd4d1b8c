using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Support.Fakes;

namespace ProducersAvenue.Tests.Integration.Social;

public sealed class HomeFeedQueryCountDoesNotGrowWithPosts : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_page_of_twenty_posts_costs_as_many_commands_as_a_page_of_five()
    {
        var counter = new CountingCommandInterceptor();
        var viewer = await _db.CreateUserAsync("viewer");
        var followed = await _db.CreateUserAsync("followed");
        var services = _db.AsWithInterceptor(viewer, counter);
        await services.FollowAsync(followed);
        for (var i = 0; i < 5; i++) await _db.InsertPostAsync(followed, $"post {i} #tag @viewer", SocialTestKit.Start.AddMinutes(-i));
        await services.Get<LikeService>().LikePostAsync((await services.Get<FeedService>().HomeAsync()).Items[0].Id);

        counter.Reset();
        var five = await services.Get<FeedService>().HomeAsync();
        var commandsForFive = counter.Count;

        for (var i = 5; i < 20; i++) await _db.InsertPostAsync(followed, $"post {i}", SocialTestKit.Start.AddMinutes(-i));
        counter.Reset();
        var twenty = await services.Get<FeedService>().HomeAsync();
        var commandsForTwenty = counter.Count;

        Assert.Equal(5, five.Items.Count);
        Assert.Equal(20, twenty.Items.Count);
        Assert.Equal(1, commandsForFive);
        Assert.Equal(commandsForFive, commandsForTwenty);
        Assert.Single(twenty.Items, p => p.LikedByViewer);
    }
}
