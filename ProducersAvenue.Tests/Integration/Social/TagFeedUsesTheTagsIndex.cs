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
        await _db.ExecuteAsync("""
            CREATE FUNCTION explain_tag_filter() RETURNS SETOF text LANGUAGE plpgsql AS $$
            BEGIN
              SET LOCAL enable_seqscan = off;
              RETURN QUERY EXPLAIN SELECT id FROM posts WHERE tags @> ARRAY['lofi']::text[];
            END $$
            """);
        var plan = string.Join("\n", await _db.ColumnAsync("SELECT * FROM explain_tag_filter()"));
        Assert.Contains("ix_posts_tags", plan);
    }
}
