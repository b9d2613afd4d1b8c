using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using ProducersAvenue.Domain;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Marketplace.Components;

namespace ProducersAvenue.Tests.Components.Marketplace;

/// <summary>
/// Issue 9: a profile's Products section draws the seller's eight newest listings (each card carries a waveform player,
/// and two dozen made the profile the heaviest page to draw) and the rest when the visitor asks; on real PostgreSQL.
/// </summary>
public sealed class TheProfileShelfShowsEightThenTheRest : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _seller;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("shelf_seller");
        this.UseDomain(_db, CurrentUser.Anonymous(), new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    /// <summary><paramref name="count"/> listings on sale, "Shelf listing 1" the oldest.</summary>
    private async Task ListAsync(int count)
    {
        for (var n = 1; n <= count; n++)
            await _db.ScalarAsync<int>(
                "INSERT INTO products (id, seller_id, title, slug, price, status, created_at) VALUES ($1, $2, $3, $4, 10, 'active', $5) RETURNING 1",
                Guid.CreateVersion7(), _seller, $"Shelf listing {n}", $"shelf-listing-{n}", new DateTime(2026, 12, 1, 8, n, 0, DateTimeKind.Utc));
    }

    private static string[] Titles(IRenderedComponent<ProfileProducts> cut) =>
        cut.FindAll(".pa-product-title").Select(t => t.TextContent).ToArray();

    [Fact]
    public async Task Eleven_listings_show_the_eight_newest_and_the_rest_on_request()
    {
        await ListAsync(11);
        Render<MudPopoverProvider>();

        var cut = Render<ProfileProducts>(p => p.Add(x => x.UserId, _seller));

        cut.WaitForAssertion(() => Assert.Equal(Enumerable.Range(4, 8).Reverse().Select(n => $"Shelf listing {n}"), Titles(cut)));
        cut.Find("[data-testid=profile-products-more]").Click();
        cut.WaitForAssertion(() => Assert.Equal(Enumerable.Range(1, 11).Reverse().Select(n => $"Shelf listing {n}"), Titles(cut)));
        Assert.Empty(cut.FindAll("[data-testid=profile-products-more]"));
    }

    [Fact]
    public async Task Eight_listings_show_all_of_them_without_a_button()
    {
        await ListAsync(8);

        var cut = Render<ProfileProducts>(p => p.Add(x => x.UserId, _seller));

        cut.WaitForAssertion(() => Assert.Equal(8, Titles(cut).Length));
        Assert.Empty(cut.FindAll("[data-testid=profile-products-more]"));
    }
}
