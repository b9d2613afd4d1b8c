using System.Net;
using System.Text.RegularExpressions;
using ProducersAvenue.Tests.Integration.Accounts;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Hosting;

/// <summary>
/// Decision 260: the HTML a link reader or a search engine gets (a signed-out visitor's page) carries one description and
/// Open Graph's card — a listing's title, cover and price, a profile's name, bio and avatar — with whole addresses on the
/// configured public base URL, never the request's host; a hidden profile's card says no more than its page.
/// </summary>
public sealed partial class SharedLinksShowWhatThePageShows : WebAppTest
{
    private const string Site = "https://avenue.example";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Notifications:PublicBaseUrl"] = Site + "/" };

    /// <summary>A signed-out visitor's page, asked for at a host the caller chose: no address on it may come from there.</summary>
    private async Task<string> VisitorsPageAsync(string path)
    {
        using var visitor = FormClient.For(App, "http://attacker.example");
        using var response = await visitor.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Every value of the head's meta tags with that name or property, decoded.</summary>
    private static List<string> Meta(string page, string key) =>
        MetaTag().Matches(page[..page.IndexOf("</head>", StringComparison.Ordinal)])
            .Where(m => m.Groups["key"].Value == key)
            .Select(m => WebUtility.HtmlDecode(m.Groups["content"].Value))
            .ToList();

    private async Task<Guid> MemberAsync(string username, string name, string? bio, string visibility = "public")
    {
        var member = await App.CreateMemberAsync(username);
        await Db.ExecuteAsync("UPDATE user_profiles SET display_name = $2, bio = $3, avatar_url = $4, profile_visibility = $5 WHERE user_id = $1",
            member.Id, name, (object?)bio ?? DBNull.Value, $"/files/avatars/2026/12/{member.Id:N}.webp", visibility);
        return member.Id;
    }

    [Fact]
    public async Task A_listings_card_names_it_shows_its_cover_and_price_and_quotes_its_description_as_plain_words()
    {
        var seller = await MemberAsync("card_seller", "Card Seller", null);
        await Db.ExecuteAsync("""
            INSERT INTO products (seller_id, title, slug, description, price, status, is_approved, product_kind, thumbnail_url)
            VALUES ($1, 'Night Drive Beat', 'night-drive-beat', '**Dark** synths & [a link](https://elsewhere.example) <b>bold</b>', 12.50,
                    'active', true, 'beat', '/files/products/2026/12/0123456789abcdef0123456789abcdef.webp')
            """, seller);

        var page = await VisitorsPageAsync("/market/products/night-drive-beat");

        Assert.Equal(["Night Drive Beat"], Meta(page, "og:title"));
        Assert.Equal(["product"], Meta(page, "og:type"));
        Assert.Equal(["Beat by Card Seller · $12.50. Dark synths & a link bold"], Meta(page, "description"));
        Assert.Equal(Meta(page, "description"), Meta(page, "og:description"));
        Assert.Equal([Site + "/files/products/2026/12/0123456789abcdef0123456789abcdef.webp"], Meta(page, "og:image"));
        Assert.Equal([Site + "/market/products/night-drive-beat"], Meta(page, "og:url"));
        Assert.Equal(["12.50"], Meta(page, "product:price:amount"));
        Assert.Equal(["USD"], Meta(page, "product:price:currency"));
        Assert.Equal(["summary_large_image"], Meta(page, "twitter:card"));
    }

    [Fact]
    public async Task A_public_profiles_card_quotes_its_bio_and_shows_its_avatar()
    {
        var member = await MemberAsync("card_profile", "Card Profile", "Mixing engineer from Lagos. I make drums _hit_.");

        var page = await VisitorsPageAsync("/u/card_profile");

        Assert.Equal(["Card Profile (@card_profile)"], Meta(page, "og:title"));
        Assert.Equal(["Mixing engineer from Lagos. I make drums hit."], Meta(page, "description"));
        Assert.Equal([$"{Site}/files/avatars/2026/12/{member:N}.webp"], Meta(page, "og:image"));
        Assert.Equal(["profile"], Meta(page, "og:type"));
        Assert.Equal(["summary"], Meta(page, "twitter:card"));
    }

    [Fact]
    public async Task A_profile_or_a_tag_reached_in_other_capitals_names_its_one_address()
    {
        await MemberAsync("card_canon", "Card Canon", null);

        var profile = await VisitorsPageAsync("/u/Card_Canon?tab=posts");
        var tag = await VisitorsPageAsync("/tags/LOFI");

        Assert.Equal([Site + "/u/card_canon"], Meta(profile, "og:url"));
        Assert.Contains($"<link rel=\"canonical\" href=\"{Site}/u/card_canon\"", profile);
        Assert.Equal([Site + "/tags/lofi"], Meta(tag, "og:url"));
        Assert.Contains($"<link rel=\"canonical\" href=\"{Site}/tags/lofi\"", tag);
    }

    [Fact]
    public async Task A_tag_nothing_carries_is_open_to_visitors_but_asks_search_engines_not_to_list_it()
    {
        var member = await MemberAsync("card_tagger", "Card Tagger", null);
        await Db.ExecuteAsync("INSERT INTO posts (user_id, content, post_type) VALUES ($1, 'Out now #cardcarried', 'text')", member);

        var carried = await VisitorsPageAsync("/tags/cardcarried");
        var unused = await VisitorsPageAsync("/tags/cardnevercarried");

        Assert.Empty(Meta(carried, "robots"));
        Assert.Equal(["noindex"], Meta(unused, "robots"));
        Assert.Contains("No posts with this tag", unused);
    }

    [Fact]
    public async Task A_members_only_profiles_card_says_no_more_than_its_page()
    {
        await MemberAsync("card_hidden", "Secret Name", "A bio only members may read", visibility: "members_only");

        var page = await VisitorsPageAsync("/u/card_hidden");

        Assert.Equal(["@card_hidden"], Meta(page, "og:title"));
        Assert.Empty(Meta(page, "og:image"));
        Assert.DoesNotContain("Secret Name", page);
        Assert.DoesNotContain("A bio only members may read", page);
    }

    [Fact]
    public async Task A_post_quotes_its_words_and_a_long_one_is_cut_at_a_word()
    {
        var author = await MemberAsync("card_author", "Card Author", null);
        var words = string.Join(' ', Enumerable.Repeat("sidechain", 40));
        await Db.InsertPostAsync(author, words, DateTimeOffset.UtcNow.AddMinutes(-5));
        var post = await Db.ScalarAsync<Guid>("SELECT id FROM posts WHERE user_id = $1", author);

        var page = await VisitorsPageAsync($"/posts/{post}");

        Assert.Equal(["Post by Card Author"], Meta(page, "og:title"));
        var description = Assert.Single(Meta(page, "description"));
        Assert.True(description.Length <= 200, $"{description.Length} characters");
        Assert.EndsWith("sidechain…", description);
    }

    [Fact]
    public async Task A_page_with_nothing_of_its_own_says_what_the_site_is_once()
    {
        var page = await VisitorsPageAsync("/");

        Assert.Single(Meta(page, "description"));
        Assert.StartsWith("Where music creators meet and trade", Meta(page, "description")[0]);
        Assert.Equal(["Producers Avenue"], Meta(page, "og:title"));
        Assert.Equal(["summary"], Meta(page, "twitter:card"));
    }

    [GeneratedRegex("""<meta (?:name|property)="(?<key>[^"]+)" content="(?<content>[^"]*)"\s*/?>""")]
    private static partial Regex MetaTag();
}
