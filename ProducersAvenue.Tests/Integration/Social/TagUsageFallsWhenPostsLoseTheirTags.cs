using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

public sealed class TagUsageFallsWhenPostsLoseTheirTags : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Deleting_a_post_takes_one_use_from_each_of_its_tags()
    {
        var author = _db.As(await _db.CreateUserAsync("author"));
        await author.PostAsync("#beats and #mixing");
        var post = await author.PostAsync("More #beats");

        Assert.True((await author.Get<PostService>().DeleteAsync(post)).Succeeded);

        Assert.Equal(new Dictionary<string, int> { ["beats"] = 1, ["mixing"] = 1 }, await UsageAsync());
    }

    [Fact]
    public async Task Editing_a_tag_away_takes_its_use_and_a_new_tag_gets_one()
    {
        var author = _db.As(await _db.CreateUserAsync("author"));
        var post = await author.PostAsync("#beats and #Mixing");

        Assert.True((await author.Get<PostService>().EditAsync(post, "#beats and #mastering, #MIXING is gone")).Succeeded);
        Assert.True((await author.Get<PostService>().EditAsync(post, "#beats only")).Succeeded);

        Assert.Equal(new Dictionary<string, int> { ["beats"] = 1, ["mastering"] = 0, ["mixing"] = 0 }, await UsageAsync());
        Assert.Equal(["beats"], await _db.ColumnAsync("SELECT unnest(tags) FROM posts WHERE id = $1", post));
    }

    [Fact]
    public async Task A_use_count_never_goes_below_zero()
    {
        var author = _db.As(await _db.CreateUserAsync("author"));
        var post = await author.PostAsync("#beats");
        await _db.ExecuteAsync("UPDATE tags SET usage_count = 0");

        Assert.True((await author.Get<PostService>().DeleteAsync(post)).Succeeded);

        Assert.Equal(new Dictionary<string, int> { ["beats"] = 0 }, await UsageAsync());
    }

    private async Task<Dictionary<string, int>> UsageAsync()
    {
        await using var db = _db.Context();
        return await db.Tags.ToDictionaryAsync(t => t.Slug, t => t.UsageCount);
    }
}
