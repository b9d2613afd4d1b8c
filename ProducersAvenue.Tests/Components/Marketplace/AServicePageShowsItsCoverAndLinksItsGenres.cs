using Bunit;
using MudBlazor;
using ProducersAvenue.Domain;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Marketplace;

namespace ProducersAvenue.Tests.Components.Marketplace;

/// <summary>
/// A service page opens with its cover — the portfolio's first image, as on the service's card — beside the title, and
/// with none when the portfolio holds only audio; its genres are links to the market filtered by the genre, or for a
/// mentoring service to Find a Mentor filtered by it; on real PostgreSQL.
/// </summary>
public sealed class AServicePageShowsItsCoverAndLinksItsGenres : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _seller;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("cover_artist");
        this.UseDomain(_db, CurrentUser.Anonymous(), new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
        Render<MudPopoverProvider>();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task The_cover_is_the_portfolios_first_image_even_after_a_sample()
    {
        var folder = $"/files/services/{_seller:N}/2026/12/";
        await ServiceAsync("art-for-eps", portfolio: [folder + "before-after.mp3", folder + "first-cover.jpg", folder + "second-cover.png"]);

        var cut = Render<ServicePage>(p => p.Add(x => x.Slug, "art-for-eps"));

        cut.WaitForAssertion(() => Assert.Equal(folder + "first-cover.jpg", cut.Find("[data-testid=service-cover]").GetAttribute("src")), TimeSpan.FromSeconds(10));
        Assert.Equal("Cover of Art for EPs", cut.Find("[data-testid=service-cover]").GetAttribute("alt"));
    }

    [Fact]
    public async Task A_portfolio_of_samples_only_has_no_cover()
    {
        await ServiceAsync("mixes-only", portfolio: [$"/files/services/{_seller:N}/2026/12/before-after.mp3"]);

        var cut = Render<ServicePage>(p => p.Add(x => x.Slug, "mixes-only"));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=package]")), TimeSpan.FromSeconds(10));
        Assert.Empty(cut.FindAll("[data-testid=service-cover]"));
    }

    [Theory]
    [InlineData(false, "/market")]
    [InlineData(true, "/mentors")]
    public async Task A_genre_leads_to_the_market_or_for_mentoring_to_find_a_mentor(bool mentoring, string page)
    {
        var slug = (await _db.ScalarAsync<string>("SELECT slug FROM genres WHERE is_active ORDER BY name LIMIT 1"))!;
        var name = (await _db.ScalarAsync<string>("SELECT name FROM genres WHERE slug = $1", slug))!;
        await ServiceAsync("guided-sessions", mentoring, genres: [slug]);

        var cut = Render<ServicePage>(p => p.Add(x => x.Slug, "guided-sessions"));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=service-genre]")), TimeSpan.FromSeconds(10));
        var link = cut.Find("[data-testid=service-genre]");
        Assert.Equal("A", link.TagName);
        Assert.Equal($"{page}?genre={Uri.EscapeDataString(slug)}", link.GetAttribute("href"));
        Assert.Contains(name, link.TextContent);
    }

    private Task<int> ServiceAsync(string slug, bool mentoring = false, string[]? genres = null, string[]? portfolio = null) => _db.ScalarAsync<int>(
        "INSERT INTO services (seller_id, title, slug, service_type, status, is_mentoring, genre_tags, portfolio_urls, packages) " +
        "VALUES ($1, 'Art for EPs', $2, 'design', 'active', $3, $4, $5, " +
        "'[{\"name\": \"Basic\", \"price\": 40, \"delivery_days\": 3, \"revisions\": 2, \"features\": []}]'::jsonb) RETURNING 1",
        _seller, slug, mentoring, genres ?? [], portfolio ?? []);
}
