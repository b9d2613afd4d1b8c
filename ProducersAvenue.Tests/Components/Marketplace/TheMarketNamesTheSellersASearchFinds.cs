using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Marketplace;

namespace ProducersAvenue.Tests.Components.Marketplace;

/// <summary>
/// A market search for a seller's name shows the seller above the listings, with what they have on sale and a link to the
/// shop tab of their profile (the services tab for a seller of services only); a market without a search shows none.
/// </summary>
public sealed class TheMarketNamesTheSellersASearchFinds : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var member = await _db.CreateUserAsync("market_browser");
        var beats = await _db.CreateUserAsync("orbit_beats");
        await _db.ExecuteAsync("UPDATE user_profiles SET display_name = 'Orbit Beats' WHERE user_id = $1", beats);
        await _db.ExecuteAsync("""
            INSERT INTO products (seller_id, title, slug, price, status, is_approved) VALUES
                ($1, 'Moon Drums', 'moon-drums', 10, 'active', true), ($1, 'Star Keys', 'star-keys', 12, 'active', true)
            """, beats);
        var mixer = await _db.CreateUserAsync("orbit_mixing");
        await _db.ExecuteAsync("""
            INSERT INTO services (seller_id, title, slug, service_type, status, packages)
            VALUES ($1, 'Clean Mixes', 'clean-mixes', 'mixing', 'active',
                    '[{"name": "Basic", "price": 40, "delivery_days": 3, "revisions": 2, "features": []}]'::jsonb)
            """, mixer);
        this.UseDomain(_db, CurrentUser.For(member), DateTimeOffset.UtcNow);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public void A_search_for_a_name_links_each_seller_to_their_shop()
    {
        var market = this.RenderMarketAt("/market?q=orbit");

        var sellers = market.FindAll("[data-testid=market-seller]");
        Assert.Equal(["/u/orbit_beats?tab=products", "/u/orbit_mixing?tab=services"], sellers.Select(a => a.GetAttribute("href")));
        Assert.Contains("Orbit Beats", sellers[0].TextContent);
        Assert.Contains("@orbit_beats · 2 products", sellers[0].TextContent);
        Assert.Contains("@orbit_mixing · 1 service", sellers[1].TextContent);
        Assert.Contains("No listing mentions “orbit”", market.Markup); // no listing's own words say "orbit"
        Assert.Equal("Nothing matches.", market.Find("[role=status][data-testid=market-status]").TextContent);
    }

    [Fact]
    public void The_market_without_a_search_names_no_seller()
    {
        var market = this.RenderMarketAt("/market");

        Assert.Empty(market.FindAll("[data-testid=market-sellers]"));
        Assert.Contains("Moon Drums", market.Markup);
        Assert.Equal("3 listings.", market.Find("[role=status][data-testid=market-status]").TextContent);
    }
}
