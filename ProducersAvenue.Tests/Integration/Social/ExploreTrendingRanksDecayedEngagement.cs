using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// Explore's "Trending" ranks engagement (likes × 2 + comments × 3) halved for every day of age, so a day-old post with
/// real engagement beats a fresh one with a single like, and posts nobody reacted to come last, newest first.
/// </summary>
public sealed class ExploreTrendingRanksDecayedEngagement : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_day_old_post_with_ten_likes_outranks_a_fresh_post_with_one_and_quiet_posts_follow_newest_first()
    {
        var now = SocialTestKit.Start;
        var author = await _db.CreateUserAsync("author");
        var fans = new List<Guid>();
        for (var i = 0; i < 10; i++) fans.Add(await _db.CreateUserAsync($"fan{i}"));
        var quietOld = await _db.InsertPostAsync(author, "Nobody saw this", now.AddHours(-50));
        var popular = await _db.InsertPostAsync(author, "Everyone loved this", now.AddHours(-30));
        var quietNew = await _db.InsertPostAsync(author, "Just posted, nothing yet", now.AddMinutes(-5));
        var fresh = await _db.InsertPostAsync(author, "One like so far", now.AddHours(-1));
        foreach (var fan in fans) await _db.ExecuteAsync("INSERT INTO post_likes (post_id, user_id) VALUES ($1, $2)", popular, fan);
        await _db.ExecuteAsync("INSERT INTO post_likes (post_id, user_id) VALUES ($1, $2)", fresh, fans[0]);

        var trending = await _db.Anonymous().Get<FeedService>().ExploreAsync(ExploreSort.Trending);
        var newest = await _db.Anonymous().Get<FeedService>().ExploreAsync();

        Assert.Equal([popular, fresh, quietNew, quietOld], trending.Items.Select(p => p.Id));
        Assert.Equal([quietNew, fresh, popular, quietOld], newest.Items.Select(p => p.Id));
    }
}
