using AngleSharp.Html.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Marketplace;
using ProducersAvenue.Web.Components.Shared;

namespace ProducersAvenue.Tests.Components.Marketplace;

/// <summary>
/// Decisions 159 and 162: the market's filters panel draws its selects only while it is open, and they are the browser's
/// own, so their ~140 options (genres, categories, keys) are plain elements and not a component each. Opened, the selects
/// come with every genre and the panel adds a handful of components; a market opened with one of the panel's filters in
/// its address opens the panel, shows the filter chosen and says it is on. Its "Clear filters" clears what the panel set and
/// keeps the search, the kind of listing and the kind of product, which have their own ways back.
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

    [Fact]
    public void A_shut_panel_holds_no_select_and_opening_it_draws_them_with_every_genre_as_plain_options()
    {
        var market = this.RenderMarketAt("/market");

        Assert.Empty(market.FindAll("select"));
        Assert.Contains("Filters and sort", market.Find("[data-testid=market-filters]").TextContent);
        Assert.DoesNotContain("(on)", market.Find("[data-testid=market-filters]").TextContent);
        var shut = market.FindComponents<IComponent>().Count;

        Assert.Equal("false", market.Find("[aria-controls=market-filter-panel]").GetAttribute("aria-expanded"));
        market.Find("button[aria-controls=market-filter-panel]").Click();

        market.WaitForAssertion(() => Assert.Equal(5, market.FindAll("select").Count));
        Assert.Equal("true", market.Find("[aria-controls=market-filter-panel]").GetAttribute("aria-expanded"));
        Assert.Contains(market.FindAll("#market-genre option"), option => option.GetAttribute("value") == _genre);
        var options = market.FindAll("option").Count;
        Assert.True(options > 60, $"the selects hold every genre, key and licence ({options})");
        Assert.Single(market.FindComponents<MudSwitch<bool>>());
        // Five selects, four number fields and the switch, each with the few components of its own (a number field
        // brings ~9): far fewer than the options, which are none of them.
        var added = market.FindComponents<IComponent>().Count - shut;
        Assert.InRange(added, 10, 60);
        Assert.Empty(market.FindComponents<MudSelectItem<string>>());
    }

    [Fact]
    public void A_market_filtered_in_its_address_opens_the_panel_and_says_it_is_on()
    {
        var market = this.RenderMarketAt($"/market?genre={_genre}&bpm_min=130");

        Assert.Equal(5, market.FindAll("select").Count);
        Assert.Equal(_genre, ((IHtmlSelectElement)market.Find("#market-genre")).Value);
        Assert.Contains("Filters and sort (on)", market.Find("[data-testid=market-filters]").TextContent);
    }

    [Fact]
    public void Choosing_a_genre_puts_it_in_the_address()
    {
        var market = this.RenderMarketAt("/market?bpm_min=130");

        market.Find("#market-genre").Change(_genre);

        var navigation = Services.GetRequiredService<NavigationManager>();
        market.WaitForAssertion(() => Assert.Contains($"genre={_genre}", navigation.Uri));
        Assert.Contains("bpm_min=130", navigation.Uri);
    }

    [Fact]
    public async Task A_price_typed_with_a_comma_for_cents_says_how_to_write_it_and_filters_nothing_until_it_reads()
    {
        var market = this.RenderMarketAt("/market?bpm_min=130");
        var navigation = Services.GetRequiredService<NavigationManager>();

        // Found and typed in one dispatch: the field renders again as the circuit's state settles, and a handler found before
        // that render is gone after it (bUnit's UnknownEventHandlerIdException, seen on a loaded machine).
        await market.InvokeAsync(() => market.Find("#market-min-price").Input("12,50")); // MudNumericField read this as $1,250
        await market.InvokeAsync(() => market.Find("#market-min-price").Blur());

        market.WaitForAssertion(() => Assert.Contains("dot before the cents", market.Find("[data-testid=market-filters]").TextContent),
            TimeSpan.FromSeconds(5));
        Assert.DoesNotContain("price_min", navigation.Uri);
        Assert.Equal("12,50", market.Find("#market-min-price").GetAttribute("value"));

        await market.InvokeAsync(() => market.Find("#market-min-price").Input("12.50"));
        await market.InvokeAsync(() => market.Find("#market-min-price").Blur());

        market.WaitForAssertion(() => Assert.Contains("price_min=12.5", navigation.Uri), TimeSpan.FromSeconds(5));
        Assert.Contains("bpm_min=130", navigation.Uri);
    }

    [Fact]
    public async Task A_bound_typed_part_way_is_not_applied_under_the_typing_and_one_that_fits_applies_at_once()
    {
        var market = this.RenderMarketAt("/market?bpm_min=90");
        var navigation = Services.GetRequiredService<NavigationManager>();
        var clock = (Microsoft.Extensions.Time.Testing.FakeTimeProvider)Services.GetRequiredService<TimeProvider>();
        // What the box hands on as it is typed (after its debounce, in real time), handed on here directly; the range's own
        // wait runs on the fake clock.
        async Task TypeAsync(string text)
        {
            var box = market.FindComponents<WholeNumberField>().Single(f => f.Instance.Label == "BPM to");
            await market.InvokeAsync(() => box.Instance.ValueChanged.InvokeAsync(int.Parse(text, System.Globalization.CultureInfo.InvariantCulture)));
        }
        // A navigation draws nothing here, so the address is watched rather than a render awaited.
        async Task AddressHasAsync(string part)
        {
            for (var tries = 0; tries < 100 && !navigation.Uri.Contains(part, StringComparison.Ordinal); tries++) await Task.Delay(50);
            Assert.True(navigation.Uri.Contains(part, StringComparison.Ordinal), $"{part} not in {navigation.Uri}");
        }

        // "1" on the way to "140": applied now it would be clamped to 20 and swapped with the 90, rewriting both boxes.
        await TypeAsync("1");
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.DoesNotContain("bpm_max", navigation.Uri);

        await TypeAsync("140");
        await AddressHasAsync("bpm_max=140");
        Assert.Contains("bpm_min=90", navigation.Uri);
        clock.Advance(TimeSpan.FromSeconds(5)); // the "1" was cancelled by the "140": nothing more applies
        await Task.Delay(200);
        Assert.Contains("bpm_max=140", navigation.Uri);

        // Left as it was, a bound that does not fit applies after a moment, reordered.
        await TypeAsync("60");
        Assert.Contains("bpm_max=140", navigation.Uri);
        clock.Advance(PartTypedRange.Wait);
        await AddressHasAsync("bpm_min=60");
        Assert.Contains("bpm_max=90", navigation.Uri);
    }

    [Fact]
    public async Task A_bpm_that_is_not_a_whole_number_keeps_the_text_and_leaves_the_filter_as_it_was()
    {
        var market = this.RenderMarketAt("/market?bpm_min=130");
        var navigation = Services.GetRequiredService<NavigationManager>();

        await market.InvokeAsync(() => market.Find("#market-bpm-min").Input("12a"));
        await market.InvokeAsync(() => market.Find("#market-bpm-min").Blur());

        market.WaitForAssertion(() => Assert.Contains("whole number", market.Find("[data-testid=market-filters]").TextContent),
            TimeSpan.FromSeconds(5));
        Assert.Equal("12a", market.Find("#market-bpm-min").GetAttribute("value"));
        Assert.Contains("bpm_min=130", navigation.Uri);
    }

    [Fact]
    public void Clear_filters_keeps_the_search_and_the_kind_and_is_there_only_while_the_panel_filters()
    {
        var market = this.RenderMarketAt($"/market?q=night&kind=products&type=beat&genre={_genre}&bpm_min=130&sort=newest");

        var href = new Uri(new Uri("http://localhost"), market.Find("[data-testid=market-clear-filters]").GetAttribute("href")!);
        Assert.Equal("/market", href.AbsolutePath);
        Assert.Equal(["kind=products", "q=night", "type=beat"], href.Query.TrimStart('?').Split('&').Order());

        var kindOnly = this.RenderMarketAt("/market?kind=products&type=beat");
        Assert.Empty(kindOnly.FindAll("[data-testid=market-clear-filters]"));
    }
}
