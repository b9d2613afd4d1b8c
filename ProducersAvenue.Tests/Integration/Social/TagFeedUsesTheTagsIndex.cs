using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Support.Fakes;

namespace ProducersAvenue.Tests.Integration.Social;

public sealed class TagFeedUsesTheTagsIndex : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_tag_feed_is_one_query_whose_tag_filter_the_gin_index_serves()
    {
        var recorder = new RecordingCommandInterceptor();
        var author = await _db.CreateUserAsync("author");
        var services = _db.AsWithInterceptor(author, recorder);
        for (var i = 0; i < 3; i++) await _db.InsertPostAsync(author, $"post {i} #lofi", SocialTestKit.Start.AddMinutes(-i));

        recorder.Commands.Clear();
        var feed = await services.Get<FeedService>().TagAsync("lofi");

        Assert.Equal(3, feed.Items.Count);
        var sql = Assert.Single(recorder.Commands);
        Assert.Contains("tags @> ARRAY[", sql);
        // With sequential scans priced out (the table is tiny), the planner must be able to answer the filter from ix_posts_tags.
        var plan = await _db.PlanAsync("SELECT id FROM posts WHERE tags @> ARRAY['lofi']::text[]", "enable_seqscan = off");
        Assert.Contains("ix_posts_tags", plan);
    }
}
