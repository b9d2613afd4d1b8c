using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using ProducersAvenue.Domain;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Marketplace;
using ProducersAvenue.Web.Components.Pages.Marketplace.Components;

namespace ProducersAvenue.Tests.Components.Marketplace;

/// <summary>
/// The listing form on real PostgreSQL: the "what you receive" table follows the price as it is typed (SellerEarnings.Table
/// for the seller's tier), and a bad price is refused at its field with everything typed kept and nothing saved.
/// </summary>
public sealed class ListingFormShowsEarningsAndFieldErrors : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _me;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _me = await _db.CreateUserAsync("form_seller");
        this.UseDomain(_db, CurrentUser.For(_me), new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public void The_earnings_table_follows_the_price_as_it_is_typed()
    {
        Render<MudPopoverProvider>();
        var form = Render<ProductFormPage>();
        form.WaitForElement("#product-price", TimeSpan.FromSeconds(20));
        Assert.NotNull(form.Find("[data-testid=earnings-hint]"));

        form.Find("#product-price").Input("10");
        // Basic tier (40%): card 29¢ + 30¢, PayPal 35¢ + 49¢, wallet free; commission $4.00.
        form.WaitForAssertion(() => Assert.Equal("$5.41", form.Find("[data-testid=earnings-Card-seller]").TextContent.Trim()));
        Assert.Equal("$5.16", form.Find("[data-testid=earnings-Paypal-seller]").TextContent.Trim());
        Assert.Equal("$6.00", form.Find("[data-testid=earnings-WalletBalance-seller]").TextContent.Trim());

        form.Find("#product-price").Input("20");
        form.WaitForAssertion(() => Assert.Equal("$11.12", form.Find("[data-testid=earnings-Card-seller]").TextContent.Trim()));
        Assert.Equal("$10.81", form.Find("[data-testid=earnings-Paypal-seller]").TextContent.Trim());
        Assert.Equal("$12.00", form.Find("[data-testid=earnings-WalletBalance-seller]").TextContent.Trim());
    }

    [Fact]
    public async Task A_decimal_comma_is_refused_at_the_price_and_never_read_as_a_hundred_times_the_amount()
    {
        Render<MudPopoverProvider>();
        var form = Render<ProductFormPage>();
        form.WaitForElement("#product-title", TimeSpan.FromSeconds(20));
        form.Find("#product-title").Change("Comma Loops");

        form.Find("#product-price").Input("12,50");
        form.Find("#product-save").Click();

        form.WaitForAssertion(() => Assert.Contains(form.FindAll(".mud-input-control .mud-input-error").Select(e => e.TextContent),
            e => e.Contains("dot before the cents", StringComparison.Ordinal)), TimeSpan.FromSeconds(10));
        Assert.Equal("12,50", form.Find("#product-price").GetAttribute("value"));
        Assert.Empty(form.FindAll("[data-testid=earnings-Card-seller]")); // no $1,250.00 earnings either
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM products WHERE seller_id = $1", _me));

        form.Find("#product-price").Input("12.50");
        form.WaitForAssertion(() => Assert.NotEmpty(form.FindAll("[data-testid=earnings-Card-seller]")));
        Assert.DoesNotContain(form.FindAll(".mud-input-control .mud-input-error").Select(e => e.TextContent),
            e => e.Contains("dot before the cents", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("120.5", "whole number")]
    [InlineData("-90", "cannot be negative")]
    [InlineData("99999999999", "too large")] // digits only: the number is too large, not written wrong
    public async Task A_bpm_that_is_not_a_whole_number_is_refused_at_its_field_and_nothing_is_saved_without_it(string typed, string message)
    {
        Render<MudPopoverProvider>();
        var form = Render<ProductFormPage>();
        form.WaitForElement("#product-title", TimeSpan.FromSeconds(20));
        form.Find("#product-title").Change("Half Tempo Loops");
        form.Find("#product-price").Input("10");

        form.Find("#product-bpm").Input(typed);
        form.Find("#product-save").Click();

        form.WaitForAssertion(() => Assert.Contains(message, BpmError(form)), TimeSpan.FromSeconds(10));
        Assert.Equal(typed, form.Find("#product-bpm").GetAttribute("value"));
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM products WHERE seller_id = $1", _me));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1000")]
    public void A_bpm_out_of_range_is_named_at_its_field_as_it_is_typed(string typed)
    {
        Render<MudPopoverProvider>();
        var form = Render<ProductFormPage>();
        form.WaitForElement("#product-title", TimeSpan.FromSeconds(20));

        form.Find("#product-bpm").Input(typed);

        // Before any save: the field says what the save would (it said nothing of 0 or 1000 until then).
        form.WaitForAssertion(() => Assert.Contains("BPM is between 20 and 400", BpmError(form)), TimeSpan.FromSeconds(10));
        form.Find("#product-bpm").Input("120");
        form.WaitForAssertion(() => Assert.DoesNotContain("BPM is between", BpmError(form)), TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData("0.99")] // under the minimum paid price: saving says so, the table must not promise 56¢
    [InlineData("1.005")] // a fraction of a cent: saving asks for two decimals
    [InlineData("10000.01")] // above Money:MaximumPriceCents
    public void A_price_saving_would_refuse_shows_the_hint_not_figures(string price)
    {
        var table = Render<EarningsTable>(p => p.Add(t => t.Price, decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture))
            .Add(t => t.Plan, new SellerPlan(SubscriptionTier.Basic, false)));

        Assert.Contains("from $1.00 to $10,000.00", table.Find("[data-testid=earnings-hint]").TextContent);
        Assert.Empty(table.FindAll("[data-testid=earnings-Card-seller]"));
    }

    [Fact]
    public void The_table_uses_the_commission_of_the_sellers_tier()
    {
        var table = Render<EarningsTable>(p => p.Add(t => t.Price, 10m).Add(t => t.Plan, new SellerPlan(SubscriptionTier.Ultimate, false)));
        Assert.Equal("$8.41", table.Find("[data-testid=earnings-Card-seller]").TextContent.Trim());

        table.Render(p => p.Add(t => t.Price, 10m).Add(t => t.Plan, new SellerPlan(SubscriptionTier.Premium, false)));
        Assert.Equal("$7.41", table.Find("[data-testid=earnings-Card-seller]").TextContent.Trim());
    }

    [Fact]
    public async Task A_price_under_a_dollar_is_refused_at_the_price_and_the_form_keeps_what_was_typed()
    {
        Render<MudPopoverProvider>();
        var form = Render<ProductFormPage>();
        form.WaitForElement("#product-title", TimeSpan.FromSeconds(20));

        form.Find("#product-title").Change("Fifty Cent Loops");
        form.Find("#product-bpm").Input("1000");
        form.Find("#product-price").Input("0.50");
        form.Find("#product-save").Click();

        form.WaitForAssertion(() =>
        {
            var errors = form.FindAll(".mud-input-control .mud-input-error").Select(e => e.TextContent).ToList();
            Assert.Contains(errors, e => e.Contains("at least $1.00", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.Contains("BPM is between 20 and 400", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.Contains("Choose what this is", StringComparison.Ordinal));
        }, TimeSpan.FromSeconds(10));
        Assert.Equal("Fifty Cent Loops", form.Find("#product-title").GetAttribute("value"));
        Assert.Equal("1000", form.Find("#product-bpm").GetAttribute("value"));
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM products WHERE seller_id = $1", _me));
    }

    [Fact]
    public void A_field_still_wrong_after_a_correction_is_marked_again_on_the_next_save()
    {
        Render<MudPopoverProvider>();
        var form = Render<ProductFormPage>();
        form.WaitForElement("#product-title", TimeSpan.FromSeconds(20));
        form.Find("#product-title").Change("Loops");
        form.Find("#product-bpm").Input("1000");
        form.Find("#product-save").Click();
        form.WaitForAssertion(() => Assert.Contains("BPM is between 20 and 400", BpmError(form)));

        // Typing in the field clears its red (MudBlazor's own check); a value still out of range must bring it back.
        form.Find("#product-bpm").Input("5");
        form.Find("#product-save").Click();

        form.WaitForAssertion(() => Assert.Contains("BPM is between 20 and 400", BpmError(form)));
        Assert.Equal("5", form.Find("#product-bpm").GetAttribute("value"));
    }

    [Fact]
    public void Choosing_a_kind_after_a_refused_save_takes_its_error_away_and_leaves_the_others()
    {
        Render<MudPopoverProvider>();
        var form = Render<ProductFormPage>();
        form.WaitForElement("#product-title", TimeSpan.FromSeconds(20));
        form.Find("#product-title").Change("Undecided Loops");
        form.Find("#product-save").Click();
        form.WaitForAssertion(() => Assert.Contains(Errors(form), e => e.Contains("Choose what this is", StringComparison.Ordinal)));

        var kind = form.FindComponent<MudSelect<ProductKind?>>();
        form.InvokeAsync(() => kind.Instance.ValueChanged.InvokeAsync(ProductKind.Midi));

        form.WaitForAssertion(() => Assert.DoesNotContain(Errors(form), e => e.Contains("Choose what this is", StringComparison.Ordinal)));
        Assert.Contains(Errors(form), e => e.Contains("Choose a category", StringComparison.Ordinal));
    }

    private static List<string> Errors(IRenderedComponent<ProductFormPage> form) =>
        [.. form.FindAll(".mud-input-control .mud-input-error").Select(e => e.TextContent)];

    private static string BpmError(IRenderedComponent<ProductFormPage> form) =>
        form.Find("#product-bpm").Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent ?? "";
}
