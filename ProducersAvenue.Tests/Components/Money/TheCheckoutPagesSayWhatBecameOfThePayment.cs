using Bunit;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Tests.Integration.Finance;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Money;

namespace ProducersAvenue.Tests.Components.Money;

/// <summary>
/// A checkout that ends without the buyer getting what they paid for says so, and offers no form to pay again: the buyer
/// who loses a race for an exclusive is told their card payment was refunded (the page kept a live "Pay $149.00" under
/// "someone else bought it first"), and a checkout closed uncharged does not say "we have not received your payment yet".
/// </summary>
public sealed class TheCheckoutPagesSayWhatBecameOfThePayment : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private MoneyWorld _world = null!;
    private Guid _seller;
    private Guid _buyer;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new MoneyWorld(_db);
        _seller = await _db.CreateUserAsync("race_seller");
        _buyer = await _db.CreateUserAsync("race_buyer");
        this.UseDomain(_db, CurrentUser.For(_buyer), _world.Clock.GetUtcNow());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    private void PayOnThePage(IRenderedComponent<SandboxCheckoutPage> page)
    {
        page.Find("#card-number").Change(SandboxCards.Success);
        page.Find("#card-expiry").Change("12/34");
        page.Find("#card-cvc").Change("123");
        page.Find("form").Submit();
    }

    [Fact]
    public async Task The_buyer_charged_for_an_exclusive_another_got_first_is_told_it_went_back_and_has_no_form_left()
    {
        var exclusive = await _world.ProductAsync(_seller, "One Of One", 149m, license: "exclusive");
        var mine = await _world.StartCardCheckoutAsync(_buyer, exclusive);
        var page = Render<SandboxCheckoutPage>(p => p.Add(x => x.TransactionId, mine));
        page.WaitForElement("[data-testid=pay]");

        // Both buyers pay at once: the other's payment is granted first, this one is charged and refunded by the money path.
        await _world.BuyByCardAsync(await _db.CreateUserAsync("race_rival"), exclusive);
        await _world.System().Get<PaymentEvents>().ApplyAsync(new PaymentEvent("evt_race_lost", SandboxPaymentProcessor.ProcessorName,
            PaymentEventTypes.CheckoutCompleted, mine, "pi_race", "ch_race"));
        PayOnThePage(page);

        page.WaitForAssertion(() => Assert.Contains("Your payment of $149.00 was refunded. Someone else bought the exclusive licence first",
            page.Find("[data-testid=checkout-refunded]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=pay]"));
        Assert.Equal("refunded", await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", mine));
    }

    [Fact]
    public async Task A_checkout_for_an_exclusive_another_buyer_got_meanwhile_is_not_charged_and_does_not_blame_the_seller()
    {
        var exclusive = await _world.ProductAsync(_seller, "Only Once", 149m, license: "exclusive");
        var mine = await _world.StartCardCheckoutAsync(_buyer, exclusive);
        var page = Render<SandboxCheckoutPage>(p => p.Add(x => x.TransactionId, mine));
        page.WaitForElement("[data-testid=pay]");

        await _world.BuyByCardAsync(await _db.CreateUserAsync("race_first"), exclusive);
        PayOnThePage(page);

        page.WaitForAssertion(() => Assert.Contains("This exclusive licence went off sale after this checkout was opened (another buyer got it first",
            page.Find("[data-testid=checkout-withdrawn]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=pay]"));
        Assert.Equal("failed", await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", mine));
    }

    [Fact]
    public async Task A_second_tabs_checkout_charged_and_refunded_for_a_product_already_owned_says_it_was_refunded_not_uncharged()
    {
        var beat = await _world.ProductAsync(_seller, "Owned Twice", 9.99m);
        var second = await _world.StartCardCheckoutAsync(_buyer, beat);
        await _world.BuyByCardAsync(_buyer, beat);
        // The processor's page charged the second checkout too: the money path gives it back (already owned).
        await _world.System().Get<PaymentEvents>().ApplyAsync(new PaymentEvent("evt_owned_twice", SandboxPaymentProcessor.ProcessorName,
            PaymentEventTypes.CheckoutCompleted, second, "pi_owned_twice", "ch_owned_twice"));

        var page = Render<SandboxCheckoutPage>(p => p.Add(x => x.TransactionId, second));

        page.WaitForAssertion(() => Assert.Contains("so your payment of $9.99 was refunded to your card.",
            page.Find("[data-testid=checkout-owned]").TextContent));
        Assert.DoesNotContain("not charged", page.Find("[data-testid=checkout-owned]").TextContent);
    }

    [Fact]
    public async Task A_checkout_closed_uncharged_says_nothing_was_taken_and_leads_back()
    {
        var beat = await _world.ProductAsync(_seller, "Twice Opened", 12m);
        var second = await _world.StartCardCheckoutAsync(_buyer, beat);
        await _world.BuyByCardAsync(_buyer, beat);
        await _world.As(_buyer).Get<SandboxCheckout>().PayAsync(second, SandboxCards.Success);
        Assert.Equal("failed", await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", second));

        var done = Render<CheckoutDonePage>(p => p.Add(x => x.TransactionId, second));

        done.WaitForAssertion(() => Assert.Contains("This checkout closed without charging you", done.Find("[data-testid=checkout-not-paid]").TextContent));
        Assert.DoesNotContain("not received your payment", done.Markup);
    }
}
