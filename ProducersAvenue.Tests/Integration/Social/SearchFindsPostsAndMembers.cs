using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

public sealed class SearchFindsPostsAndMembers : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Post_search_ranks_matches_and_highlights_them_with_everything_else_escaped()
    {
        var author = _db.As(await _db.CreateUserAsync("author"));
        var match = await author.PostAsync("Mastering <i>vocals</i> & mixing tonight");
        await author.PostAsync("Nothing relevant");

        var page = await author.Get<SearchService>().PostsAsync("vocals");

        var hit = Assert.Single(page.Items);
        Assert.Equal(match, hit.Id);
        Assert.Contains("<b>vocals</b>", hit.HeadlineHtml);
        Assert.DoesNotContain("<i>", hit.HeadlineHtml);
        Assert.Contains("&amp;", hit.HeadlineHtml);
    }

    [Fact]
    public async Task A_whole_username_or_display_name_names_a_member_the_viewer_may_see()
    {
        var searcher = await _db.CreateUserAsync("searcher");
        var me = _db.As(searcher);
        var lena = await _db.CreateUserAsync("lena_keys");
        await _db.ExecuteAsync("UPDATE user_profiles SET display_name = 'Lena Keys' WHERE user_id = $1", lena);
        var hidden = await _db.CreateUserAsync("quiet_quinn");
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = $1", hidden);
        var search = me.Get<SearchService>();

        Assert.True(await search.NamesAMemberAsync("LENA_KEYS"));
        Assert.True(await search.NamesAMemberAsync("  lena keys "));
        Assert.True(await search.NamesAMemberAsync("@lena_keys"));
        Assert.False(await search.NamesAMemberAsync("lena")); // part of a name: posts first
        Assert.False(await search.NamesAMemberAsync("lena%"));
        Assert.False(await search.NamesAMemberAsync("quiet_quinn")); // private, and no connection

        await _db.ExecuteAsync("INSERT INTO user_blocks (blocker_id, blocked_id) VALUES ($1, $2)", lena, searcher);
        Assert.False(await search.NamesAMemberAsync("lena_keys"));
    }

    [Fact]
    public async Task Member_search_matches_username_prefix_and_skips_banned_members()
    {
        var me = _db.As(await _db.CreateUserAsync("searcher"));
        await _db.CreateUserAsync("beatmaker");
        var banned = await _db.CreateUserAsync("beatthief");
        await _db.ScalarAsync<int>("UPDATE user_profiles SET is_banned = true WHERE user_id = $1 RETURNING 1", banned);

        var page = await me.Get<SearchService>().MembersAsync("beat");

        Assert.Equal(["beatmaker"], page.Items.Select(m => m.Member.Username));
    }
}
