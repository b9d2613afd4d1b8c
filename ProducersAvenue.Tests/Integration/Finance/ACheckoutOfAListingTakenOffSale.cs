using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Checkout;
using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Finance.Wallets;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// Decision 247: a seller who pauses or deletes a listing while a buyer's checkout is open does not sell it. The sandbox
/// closes that checkout uncharged; a processor that charged it anyway has the sale refunded as "taken off sale", and the
/// seller's payments do not list it. A price changed meanwhile does not change what the open checkout charges.
/// </summary>
public sealed class ACheckoutOfAListingTakenOffSale : IAsyncLifetime
{
    private TestDb _db = null!;
    private MoneyWorld _world = null!;
    private Guid _seller;
    private Guid _buyer;
    private Guid _product;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new MoneyWorld(_db);
        _seller = await _db.CreateUserAsync("offsale_seller");
        _buyer = await _db.CreateUserAsync("offsale_buyer");
        _product = await _world.ProductAsync(_seller, "Off Sale Beat", 8m);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_sandbox_closes_a_checkout_whose_listing_was_paused_without_charging_it()
    {
        var checkout = await _world.StartCardCheckoutAsync(_buyer, _product);
        Assert.True((await _world.As(_seller).Get<ProductService>().PauseAsync(_product)).Succeeded);
        var sandbox = _world.As(_buyer).Get<SandboxCheckout>();

        var page = await sandbox.LoadAsync(checkout);
        var paid = await sandbox.PayAsync(checkout, SandboxCards.Success);

        Assert.True(page.Value!.Withdrawn);
        Assert.Equal(FinanceErrors.ProductNotForSale, paid.FirstError);
        Assert.Equal("failed", await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", checkout));
        Assert.Null(await _db.ScalarAsync<string>("SELECT stripe_payment_intent_id FROM transactions WHERE id = $1", checkout));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM product_acquisitions WHERE product_id = $1", _product));
    }

    [Fact]
    public async Task A_charge_for_a_listing_deleted_meanwhile_is_refunded_and_the_seller_never_sees_the_sale()
    {
        var checkout = await _world.StartCardCheckoutAsync(_buyer, _product);
        Assert.True((await _world.As(_seller).Get<ProductService>().DeleteAsync(_product)).Succeeded);

        var applied = await _world.System().Get<PaymentEvents>().ApplyAsync(
            new PaymentEvent("evt_offsale_1", "sandbox", PaymentEventTypes.CheckoutCompleted, checkout, "pi_offsale_1", "ch_offsale_1"));

        Assert.Equal(PaymentEventEffect.Refunded, applied.Value!.Effect);
        Assert.Equal(FinanceErrors.ProductNotForSale, applied.Value.RefundedBecause);
        Assert.Equal("withdrawn", await _db.ScalarAsync<string>("SELECT metadata ->> 'refund_reason' FROM transactions WHERE id = $1", checkout));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM product_acquisitions WHERE product_id = $1", _product));
        var told = await _db.ScalarAsync<string>("SELECT message FROM notifications WHERE user_id = $1 AND title LIKE 'Your payment for%'", _buyer);
        Assert.StartsWith("The seller took it off sale", told);
        Assert.Empty((await _world.As(_seller).Get<WalletQueries>().ActivityAsync()).Items);
        Assert.Equal(0, await _world.PendingAsync(_seller));
        var page = (await _world.As(_buyer).Get<CheckoutService>().PaymentAsync(checkout)).Value!;
        Assert.Equal(("withdrawn", (string?)null), (page.RefundReason, page.NextPath));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task An_open_checkout_charges_the_price_it_was_opened_at()
    {
        var checkout = await _world.StartCardCheckoutAsync(_buyer, _product);
        await _db.ScalarAsync<object>("UPDATE products SET price = 50 WHERE id = $1", _product);

        var paid = await _world.As(_buyer).Get<SandboxCheckout>().PayAsync(checkout, SandboxCards.Success);

        Assert.True(paid.Succeeded, paid.FirstError?.Message);
        Assert.Equal(800, await _db.ScalarAsync<int>("SELECT amount_total FROM transactions WHERE id = $1", checkout));
        Assert.Equal(800, await _db.ScalarAsync<int>("SELECT price_cents FROM product_acquisitions WHERE transaction_id = $1", checkout));
    }

    [Fact]
    public async Task A_purchase_refunded_later_no_longer_sends_its_buyer_to_the_library()
    {
        var reference = await _world.BuyByCardAsync(_buyer, _product);
        var checkout = await _db.ScalarAsync<Guid>("SELECT transaction_id FROM product_acquisitions WHERE reference = $1", reference);
        var admin = await _db.CreateUserAsync("offsale_admin", ProducersAvenue.Domain.Profiles.UserRole.Admin);

        Assert.True((await _world.AsAdmin(admin).Get<ProducersAvenue.Domain.Finance.Refunds.RefundService>().RefundAsync(checkout)).Succeeded);

        var page = (await _world.As(_buyer).Get<CheckoutService>().PaymentAsync(checkout)).Value!;
        Assert.Equal(TransactionStatus.Refunded, page.Status);
        Assert.Null(page.NextPath);
    }
}
