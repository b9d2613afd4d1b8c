using Bunit;
using MudBlazor;
using ProducersAvenue.Domain;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Marketplace;

namespace ProducersAvenue.Tests.Components.Marketplace;

/// <summary>
/// A service page opens with its cover — the portfolio's first image, as on the service's card — beside the title, and
/// with none when the portfolio holds only audio; on real PostgreSQL.
/// </summary>
public sealed class AServicePageOpensWithItsCover : BunitContext, IAsyncLifetime
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
        await ServiceAsync("art-for-eps", folder + "before-after.mp3", folder + "first-cover.jpg", folder + "second-cover.png");

        var cut = Render<ServicePage>(p => p.Add(x => x.Slug, "art-for-eps"));

        cut.WaitForAssertion(() => Assert.Equal(folder + "first-cover.jpg", cut.Find("[data-testid=service-cover]").GetAttribute("src")), TimeSpan.FromSeconds(10));
        Assert.Equal("Cover of Art for EPs", cut.Find("[data-testid=service-cover]").GetAttribute("alt"));
    }

    [Fact]
    public async Task A_portfolio_of_samples_only_has_no_cover()
    {
        await ServiceAsync("mixes-only", $"/files/services/{_seller:N}/2026/12/before-after.mp3");

        var cut = Render<ServicePage>(p => p.Add(x => x.Slug, "mixes-only"));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=package]")), TimeSpan.FromSeconds(10));
        Assert.Empty(cut.FindAll("[data-testid=service-cover]"));
    }

    private Task<int> ServiceAsync(string slug, params string[] portfolio) => _db.ScalarAsync<int>(
        "INSERT INTO services (seller_id, title, slug, service_type, status, portfolio_urls, packages) VALUES ($1, 'Art for EPs', $2, 'design', 'active', $3, " +
        "'[{\"name\": \"Basic\", \"price\": 40, \"delivery_days\": 3, \"revisions\": 2, \"features\": []}]'::jsonb) RETURNING 1",
        _seller, slug, portfolio);
}
