using Bunit;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Integration.Finance;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Money.Components;

namespace ProducersAvenue.Tests.Components.Money;

/// <summary>
/// A name-your-price amount is read as typed and explained at the field as it is typed: "5,50" (a decimal comma) is not
/// an offer of $550.00, an Arabic-Indic digit is not a number to pay with, and an amount under the minimum or over the most
/// a price may be says so, and an empty box asks for an amount: the buy buttons wait for one the seller accepts. Paying
/// from the wallet (which takes the money at once) asks first.
/// </summary>
public sealed class TheBuyPanelReadsTheAmountTyped : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _product;
    private Guid _buyer;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var seller = await _db.CreateUserAsync("nyp_seller");
        _product = await new MoneyWorld(_db).ProductAsync(seller, "Rainfall Beat", 5m, nameYourPrice: true, minimum: 5m);
        _buyer = await _db.CreateUserAsync("nyp_buyer");
        this.UseDomain(_db, CurrentUser.For(_buyer), new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Theory]
    [InlineData("5,50", "Enter an amount in dollars, with a dot before the cents, like 12.50.", "Buy")]
    [InlineData("٥", "Enter an amount in dollars, with a dot before the cents, like 12.50.", "Buy")]
    [InlineData("4.99", "at least $5.00", "Buy")]
    [InlineData("99999999999", "at most $10,000.00", "Buy")] // it offered to "Buy for $99,999,999,999.00"
    [InlineData("", "Type what you want to pay: at least $5.00.", "Buy")] // it bought at the listed price, unasked
    [InlineData("   ", "Type what you want to pay: at least $5.00.", "Buy")]
    [InlineData("1,250", null, "Buy for $1,250.00")]
    [InlineData("6.5", null, "Buy for $6.50")]
    public void The_field_says_what_is_wrong_and_the_button_what_would_be_paid(string typed, string? error, string button)
    {
        Render<MudPopoverProvider>();
        var panel = Render<BuyPanel>(p => p.Add(x => x.ProductId, _product));
        panel.WaitForElement("#buy-amount");

        panel.Find("#buy-amount").Input(typed);

        panel.WaitForAssertion(() => Assert.Equal(button, panel.Find("[data-testid=buy-card]").TextContent.Trim()));
        var shown = panel.FindAll(".mud-input-helper-text.mud-input-error").Select(e => e.TextContent.Trim()).FirstOrDefault();
        if (error is null) Assert.Null(shown);
        else Assert.Contains(error, shown, StringComparison.OrdinalIgnoreCase);
        // Nothing is bought until the amount is one the seller accepts.
        Assert.Equal(error is not null, panel.Find("[data-testid=buy-card]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Paying_from_the_wallet_asks_first_and_cancel_spends_nothing()
    {
        await _db.ScalarAsync<int>("UPDATE wallets SET balance_available = 2000 WHERE user_id = $1 RETURNING 1", _buyer);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var panel = Render<BuyPanel>(p => p.Add(x => x.ProductId, _product));
        panel.WaitForElement("#buy-amount");

        panel.Find("[data-testid=buy-wallet]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("$5.00 comes out of your wallet balance now", dialogs.Markup));
        dialogs.FindAll("button").First(b => b.TextContent.Trim() == "Cancel").Click();
        dialogs.WaitForAssertion(() => Assert.DoesNotContain("comes out of your wallet", dialogs.Markup));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM transactions WHERE buyer_id = $1", _buyer));
    }
}
