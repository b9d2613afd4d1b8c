using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Support.Fakes;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// A profile's feed (pinned first, then newest) is served by an index in that order, so a page stops after its rows
/// instead of sorting every post of a prolific member.
/// </summary>
public sealed class ProfileFeedWalksAnIndex : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_profile_feed_is_one_query_that_needs_no_sort()
    {
        var recorder = new RecordingCommandInterceptor();
        var author = await _db.CreateUserAsync("prolific");
        for (var i = 0; i < 5; i++) await _db.InsertPostAsync(author, $"post {i}", SocialTestKit.Start.AddMinutes(-i));
        var services = _db.AsWithInterceptor(author, recorder);

        recorder.Commands.Clear();
        var feed = await services.Get<FeedService>().ProfileAsync(author);

        Assert.Equal(5, feed.Items.Count);
        var sql = Assert.Single(recorder.Commands);
        Assert.Contains("ORDER BY p.is_pinned DESC, p.created_at DESC, p.id DESC", sql);
        // With sorting priced out (the table is tiny), the planner must be able to read the order from an index.
        var plan = await _db.PlanAsync(
            $"SELECT id FROM posts WHERE user_id = '{author}' ORDER BY is_pinned DESC, created_at DESC, id DESC LIMIT 21",
            "enable_sort = off", "enable_seqscan = off");
        Assert.Contains("ix_posts_user_id_is_pinned_created_at_id", plan);
        Assert.DoesNotContain("Sort", plan);
    }
}
