using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Marketplace;

namespace ProducersAvenue.Tests.Components.Marketplace;

/// <summary>
/// Decision 159: the market's filters panel draws its selects only while it is open. Shut, it holds none of their ~140
/// options (each a component a member's page rendered and a circuit kept); opened, the selects come with every genre;
/// a market opened with one of the panel's filters in its address opens the panel and says it is on.
/// </summary>
public sealed class TheMarketDrawsItsFiltersWhenOpened : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private string _genre = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var member = await _db.CreateUserAsync("market_browser");
        _genre = (await _db.ScalarAsync<string>("SELECT slug FROM genres WHERE is_active ORDER BY name LIMIT 1"))!;
        this.UseDomain(_db, CurrentUser.For(member), DateTimeOffset.UtcNow);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    private IRenderedComponent<Storefront> RenderAt(string address)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        var market = Render<Storefront>();
        market.WaitForAssertion(() => Assert.Equal("false", market.Find("section[aria-busy]").GetAttribute("aria-busy")));
        return market;
    }

    [Fact]
    public void A_shut_panel_holds_no_select_and_opening_it_draws_them_with_every_genre()
    {
        var market = RenderAt("/market");

        Assert.Empty(market.FindComponents<MudSelect<string>>());
        Assert.Empty(market.FindComponents<MudSelectItem<string>>());
        Assert.Contains("Filters and sort", market.Find("[data-testid=market-filters]").TextContent);
        Assert.DoesNotContain("(on)", market.Find("[data-testid=market-filters]").TextContent);

        market.Find(".mud-expand-panel-header").Click();

        market.WaitForAssertion(() => Assert.Equal(5, market.FindComponents<MudSelect<string>>().Count));
        Assert.Contains(market.FindComponents<MudSelectItem<string>>(), item => item.Instance.Value == _genre);
        Assert.Single(market.FindComponents<MudSwitch<bool>>());
    }

    [Fact]
    public void A_market_filtered_in_its_address_opens_the_panel_and_says_it_is_on()
    {
        var market = RenderAt($"/market?genre={_genre}&bpm_min=130");

        Assert.Equal(5, market.FindComponents<MudSelect<string>>().Count);
        Assert.Contains(market.FindComponents<MudSelectItem<string>>(), item => item.Instance.Value == _genre);
        Assert.Contains("Filters and sort (on)", market.Find("[data-testid=market-filters]").TextContent);
    }
}
