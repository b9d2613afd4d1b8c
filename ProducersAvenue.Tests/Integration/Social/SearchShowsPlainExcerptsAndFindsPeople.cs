using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// Post results show the plain words of the post (no Markdown) from its first word, cut around the match only when
/// long; people are found by name, username, category, skill, genre, and by the city and country they show.
/// </summary>
public sealed class SearchShowsPlainExcerptsAndFindsPeople : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_short_posts_excerpt_is_its_whole_plain_text_from_the_first_word()
    {
        var author = _db.As(await _db.CreateUserAsync("author"));
        await author.PostAsync("Late night session: **dreamy** bassline at 120 BPM in F# minor. The mix still needs some air on the top end. " +
                               "See [my notes](https://example.test/notes) #mixing #808");

        var hit = Assert.Single((await author.Get<SearchService>().PostsAsync("mix")).Items);

        Assert.Equal("Late night session: dreamy bassline at 120 BPM in F# minor. The <b>mix</b> still needs some air on the top end. " +
                     "See my notes #<b>mixing</b> #808", hit.HeadlineHtml);
    }

    [Fact]
    public async Task A_long_posts_excerpt_is_cut_around_the_first_match()
    {
        var author = _db.As(await _db.CreateUserAsync("author"));
        var filler = string.Join(' ', Enumerable.Repeat("lorem ipsum dolor", 60));
        await author.PostAsync($"{filler} the theremin line comes in here. {filler}");

        var hit = Assert.Single((await author.Get<SearchService>().PostsAsync("theremin")).Items).HeadlineHtml!;

        Assert.StartsWith("… ", hit);
        Assert.EndsWith(" …", hit);
        Assert.Contains("the <b>theremin</b> line comes in here.", hit);
        Assert.InRange(hit.Length, 100, SearchService.ExcerptLength + 20);
    }

    [Theory]
    [InlineData("producer")]
    [InlineData("Lisbon")]
    [InlineData("portugal")]
    [InlineData("Maya")]
    public async Task People_are_found_by_category_city_country_and_name(string q)
    {
        var maya = await _db.CreateUserAsync("maya_beats");
        await _db.ExecuteAsync("""
            UPDATE user_profiles SET display_name = 'Maya Lopes', location_city = 'Lisbon', location_country = 'Portugal',
              location_visibility = 'city' WHERE user_id = $1
            """, maya);
        await _db.ExecuteAsync("INSERT INTO user_categories (user_id, category_id) SELECT $1, id FROM categories WHERE slug = 'producer-engineer'", maya);
        await _db.CreateUserAsync("someone_else");

        var found = await _db.Anonymous().Get<SearchService>().MembersAsync(q);

        Assert.Equal(["maya_beats"], found.Items.Select(m => m.Member.Username));
    }

    [Fact]
    public async Task A_city_or_country_the_member_hides_does_not_find_them()
    {
        var hidden = await _db.CreateUserAsync("quiet_one");
        var countryOnly = await _db.CreateUserAsync("vague_one");
        await _db.ExecuteAsync("UPDATE user_profiles SET location_city = 'Lisbon', location_country = 'Portugal', location_visibility = 'hidden' WHERE user_id = $1", hidden);
        await _db.ExecuteAsync("UPDATE user_profiles SET location_city = 'Lisbon', location_country = 'Portugal', location_visibility = 'country' WHERE user_id = $1", countryOnly);
        var search = _db.Anonymous().Get<SearchService>();

        Assert.Empty((await search.MembersAsync("Lisbon")).Items);
        Assert.Equal(["vague_one"], (await search.MembersAsync("Portugal")).Items.Select(m => m.Member.Username));
    }

    [Fact]
    public async Task A_block_hides_each_member_from_the_others_people_search()
    {
        var ana = await _db.CreateUserAsync("blocking_ana");
        var bob = await _db.CreateUserAsync("blocked_bob");
        await _db.CreateUserAsync("bystander_bo");
        Assert.True((await _db.As(ana).Get<BlockService>().BlockAsync(bob)).Succeeded);

        // Each finds themself and the bystander, never the other.
        Assert.Equal(["blocked_bob", "bystander_bo"], (await _db.As(bob).Get<SearchService>().MembersAsync("b")).Items.Select(m => m.Member.Username).Order());
        Assert.Equal(["blocking_ana", "bystander_bo"], (await _db.As(ana).Get<SearchService>().MembersAsync("b")).Items.Select(m => m.Member.Username).Order());
        Assert.Equal(3, (await _db.Anonymous().Get<SearchService>().MembersAsync("b")).Items.Count);
    }
}
