using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Unit.Content;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// <c>posts.tags</c> is computed by the SQL function <c>extract_hashtag_slugs</c>; it must find exactly the tags the C#
/// rule finds (which counts them in <c>tags</c> and links them), or a tag page and its counter disagree.
/// Its cases only call the function, so the class shares one database.
/// </summary>
public sealed class HashtagRuleIsTheSameInSql(ClassDatabase database) : IClassFixture<ClassDatabase>
{
    private readonly TestDb _db = database.Db;

    [Theory]
    [MemberData(nameof(HashtagCorpus.Cases), MemberType = typeof(HashtagCorpus))]
    public async Task The_sql_function_extracts_the_slugs_of_the_rule(string text, string[] slugs)
    {
        var sql = await _db.ColumnAsync("SELECT unnest(extract_hashtag_slugs($1))", text);
        Assert.Equal(slugs.Order(StringComparer.Ordinal), sql.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_digits_only_tag_like_808_has_a_tag_page_a_count_and_a_place_in_trending()
    {
        var author = _db.As(await _db.CreateUserAsync("author"));
        var post = await author.PostAsync("Swapped the #808 for a sub sine");

        Assert.Equal([post], (await author.Get<FeedService>().TagAsync("808")).Items.Select(p => p.Id));
        Assert.Equal(new TagSummary("808", "808", 1), await author.Get<TagService>().FindAsync("808"));
        Assert.Contains("808", (await author.Get<TagService>().TrendingAsync()).Select(t => t.Slug));
    }
}
