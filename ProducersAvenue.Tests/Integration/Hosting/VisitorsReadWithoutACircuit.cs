using System.Net;
using System.Text.RegularExpressions;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Accounts;
using ProducersAvenue.Tests.Integration.Social;

namespace ProducersAvenue.Tests.Integration.Hosting;

/// <summary>
/// Decision 143: a signed-out visitor gets the landing page, explore, a profile, a tag's page and a post as static HTML — no
/// server component marker, so the browser starts no circuit, and no handed-over state — while a member gets the same
/// pages interactive. What the circuit did there is links: the sort tabs (<c>?sort=trending</c>), the feed's next page
/// (<c>?before=</c>, which starts after the last post shown) and a poll's sign-in.
/// </summary>
public sealed partial class VisitorsReadWithoutACircuit : WebAppTest
{
    private const string CircuitMarker = "<!--Blazor:{\"type\":\"server\"";

    /// <summary>The size of the page's persisted component state, if any.</summary>
    private static int HandedStateLength(string page) => HandedState().Match(page) is { Success: true } state ? state.Length : 0;

    private static async Task<string> PageAsync(FormClient client, string path)
    {
        using var response = await client.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<Guid> AuthorWithPostsAsync(string username, int posts)
    {
        var author = await App.CreateMemberAsync(username);
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        for (var i = 0; i < posts; i++) await Db.InsertPostAsync(author.Id, $"Static sample {i:00} #statictag", start.AddMinutes(-i));
        return author.Id;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/explore")]
    [InlineData("/explore?sort=trending")]
    [InlineData("/u/static_author")]
    [InlineData("/tags/statictag")]
    [InlineData("/posts/{post}")]
    [InlineData("/search?q=sample")]
    [InlineData("/search?q=static&tab=people")]
    public async Task A_visitor_gets_a_page_with_no_circuit_and_a_member_gets_it_interactive(string path)
    {
        await AuthorWithPostsAsync("static_author", 3);
        if (path.Contains("{post}"))
        {
            var post = await Db.ScalarAsync<Guid>("SELECT id FROM posts ORDER BY created_at DESC LIMIT 1");
            path = path.Replace("{post}", post.ToString());
        }
        await App.CreateMemberAsync("static_member");
        using var visitor = FormClient.For(App);
        using var member = FormClient.For(App);
        await member.SignInAsync("static_member");

        var visitorsPage = await PageAsync(visitor, path);
        var membersPage = await PageAsync(member, path);

        Assert.DoesNotContain(CircuitMarker, visitorsPage);
        // No feed, profile or tag handed over (decision 127): only the framework's own few bytes, against a member's page's kilobytes.
        Assert.InRange(HandedStateLength(visitorsPage), 0, 2_000);
        Assert.Contains("data-circuit=\"none\"", visitorsPage);
        Assert.Contains(CircuitMarker, membersPage);
    }

    [Fact]
    public async Task A_visitors_load_more_link_opens_the_posts_after_the_last_one_shown_until_the_feed_is_caught_up()
    {
        await AuthorWithPostsAsync("static_pager", 23);
        using var visitor = FormClient.For(App);

        var first = await PageAsync(visitor, "/tags/statictag");
        var next = MoreLink().Match(first);
        Assert.True(next.Success, "the first page has no Load more link");
        Assert.StartsWith("/tags/statictag?before=", WebUtility.HtmlDecode(next.Groups[1].Value));
        var second = await PageAsync(visitor, WebUtility.HtmlDecode(next.Groups[1].Value));

        var firstPosts = Samples().Matches(first).Select(m => m.Value).ToHashSet();
        var secondPosts = Samples().Matches(second).Select(m => m.Value).ToList();
        Assert.Equal(20, firstPosts.Count);
        Assert.Equal(["Static sample 20", "Static sample 21", "Static sample 22"], secondPosts);
        Assert.DoesNotContain("data-pa-feed-more", second);
        Assert.Contains("You're all caught up.", second);
    }

    [Fact]
    public async Task The_sort_tabs_are_links_and_trending_is_selected_by_its_address()
    {
        using var visitor = FormClient.For(App);

        var newest = await PageAsync(visitor, "/explore");
        var trending = await PageAsync(visitor, "/explore?sort=trending");

        Assert.Matches("id=\"pa-explore-tab-newest\" href=\"/explore\"\\s+aria-selected=\"true\"", newest);
        Assert.Matches("id=\"pa-explore-tab-trending\" href=\"/explore\\?sort=trending\"\\s+aria-selected=\"false\"", newest);
        Assert.Matches("id=\"pa-explore-tab-trending\" href=\"/explore\\?sort=trending\"\\s+aria-selected=\"true\"", trending);
        Assert.Contains("data-testid=\"trending-rule\"", trending);
        Assert.DoesNotContain("data-testid=\"trending-rule\"", newest);
    }

    [Fact]
    public async Task Searchs_result_kinds_are_tabs_by_address_with_only_the_chosen_kind_searched()
    {
        await AuthorWithPostsAsync("static_finder", 2);
        using var visitor = FormClient.For(App);

        var posts = await PageAsync(visitor, "/search?q=sample");
        var people = await PageAsync(visitor, "/search?q=static_finder&tab=people");

        Assert.Matches("id=\"pa-search-tab-posts\" href=\"/search\\?q=sample&amp;tab=posts\"\\s+aria-selected=\"true\"", posts);
        Assert.Contains("data-testid=\"post-card\"", posts);
        Assert.Matches("id=\"pa-search-tab-people\" href=\"/search\\?q=static_finder&amp;tab=people\"\\s+aria-selected=\"true\"", people);
        Assert.Contains("href=\"/u/static_finder\"", people);
        Assert.DoesNotContain("data-testid=\"post-card\"", people);
        Assert.Contains("action=\"/search\" method=\"get\"", people);
    }

    [Fact]
    public async Task A_visitor_goes_from_the_profiles_shelf_to_its_products_tab_and_pages_through_every_listing()
    {
        var seller = await App.CreateMemberAsync("static_seller");
        for (var i = 0; i < 30; i++)
        {
            await Db.ScalarAsync<int>("""
                INSERT INTO products (seller_id, title, slug, price, is_free, status, is_approved, license_type, created_at)
                VALUES ($1, $2, $3, 20, false, 'active', true, 'commercial', now() - make_interval(mins => $4)) RETURNING 1
                """, seller.Id, $"Static Beat {i:00}", $"static-beat-{i}", i);
        }
        using var visitor = FormClient.For(App);

        var shelf = await PageAsync(visitor, "/u/static_seller");
        var tab = await PageAsync(visitor, "/u/static_seller?tab=products");
        var next = MoreLink().Match(tab);
        Assert.True(next.Success, "the Products tab has no Load more link");
        var rest = await PageAsync(visitor, WebUtility.HtmlDecode(next.Groups[1].Value));

        Assert.Equal(8, ProductCards().Count(shelf));
        Assert.Contains("href=\"/u/static_seller?tab=products\" data-testid=\"profile-products-more\"", shelf);
        Assert.Equal(24, ProductCards().Count(tab));
        Assert.StartsWith("/u/static_seller?tab=products&before=", WebUtility.HtmlDecode(next.Groups[1].Value));
        Assert.Equal(6, ProductCards().Count(rest));
        Assert.Contains("Static Beat 29", rest);
        Assert.DoesNotContain("Static Beat 23", rest);
        Assert.DoesNotContain("data-pa-feed-more", rest);
    }

    [Fact]
    public async Task A_visitor_is_asked_to_sign_in_to_vote_and_a_member_gets_the_vote_button()
    {
        var author = await App.CreateMemberAsync("static_pollster");
        await App.CreateMemberAsync("static_voter");
        await using (var scope = App.Scope())
        {
            scope.Get<CurrentUser>().Set(author.Id);
            Assert.True((await scope.Get<PostService>().CreateAsync(new CreatePostCommand
            {
                Type = PostType.Poll, Content = "Which DAW?", PollOptions = ["Ableton", "Logic"], PollEndsAt = DateTimeOffset.UtcNow.AddDays(1),
            })).Succeeded);
        }
        using var visitor = FormClient.For(App);
        using var member = FormClient.For(App);
        await member.SignInAsync("static_voter");

        var visitorsPage = await PageAsync(visitor, "/u/static_pollster");
        var membersPage = await PageAsync(member, "/u/static_pollster");

        Assert.Contains("Sign in to vote", visitorsPage);
        Assert.DoesNotContain(">Vote<", visitorsPage);
        Assert.Contains(">Vote<", membersPage);
        Assert.DoesNotContain("Sign in to vote", membersPage);
    }

    [GeneratedRegex("<!--Blazor-Server-Component-State:[^>]*-->")]
    private static partial Regex HandedState();

    [GeneratedRegex("<a href=\"([^\"]+)\" data-pa-feed-more")]
    private static partial Regex MoreLink();

    [GeneratedRegex("data-testid=\"product-card\"")]
    private static partial Regex ProductCards();

    [GeneratedRegex("Static sample \\d\\d")]
    private static partial Regex Samples();
}
