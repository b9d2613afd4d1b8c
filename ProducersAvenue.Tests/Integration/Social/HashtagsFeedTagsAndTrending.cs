using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

public sealed class HashtagsFeedTagsAndTrending : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Each_post_with_a_hashtag_adds_one_use_whatever_its_spelling()
    {
        var author = _db.As(await _db.CreateUserAsync("author"));
        await author.PostAsync("New beat #LoFi #lofi out now");
        await author.PostAsync("Another #lofi jam with #Mixing");
        await author.PostAsync("No tags here, just an email a#b and a URL https://x.test/#anchor");

        await using var db = _db.Context();
        var tags = await db.Tags.OrderBy(t => t.Slug).ToListAsync();
        Assert.Equal(["lofi", "mixing"], tags.Select(t => t.Slug));
        Assert.Equal(2, tags[0].UsageCount);
        Assert.Equal("LoFi", tags[0].Name);
        Assert.Equal(1, tags[1].UsageCount);
    }

    [Fact]
    public async Task Trending_prefers_recent_use_over_older_heavier_use_after_the_half_life()
    {
        var clock = SocialTestKit.Clock();
        var author = _db.As(await _db.CreateUserAsync("author"), clock: clock);
        for (var i = 0; i < 3; i++) await author.PostAsync($"#oldnews take {i}");
        clock.Advance(TimeSpan.FromHours(72));
        await author.PostAsync("#fresh one");
        await author.PostAsync("#fresh two");

        var trending = await author.Get<TagService>().TrendingAsync();

        Assert.Equal(["fresh", "oldnews"], trending.Select(t => t.Slug));
        Assert.Equal(2, trending[0].Score, 2);
        Assert.Equal(3 * 0.125, trending[1].Score, 2);
        Assert.Equal(3, trending[1].UsageCount);
    }

    [Fact]
    public async Task The_tag_feed_lists_posts_carrying_the_hashtag_only()
    {
        var author = _db.As(await _db.CreateUserAsync("author"));
        var tagged = await author.PostAsync("Sampling tips #lo_fi");
        var shouted = await author.PostAsync("(#Lo_Fi!) all caps");
        await author.PostAsync("lo_fi without the hash");
        await author.PostAsync("#lo_fiction is another tag");
        await author.PostAsync("https://x.test/#lo_fi is an anchor");

        var feed = await author.Get<FeedService>().TagAsync("lo_fi");

        Assert.Equal([shouted, tagged], feed.Items.Select(p => p.Id));
        Assert.Empty((await author.Get<FeedService>().TagAsync("lo-fi")).Items);
    }
}
