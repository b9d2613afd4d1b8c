using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Checkout;
using ProducersAvenue.Domain.Finance.Wallets;
using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Tests.Integration.Finance;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// A service is ordered with the wallet balance as a product is bought with it (product rules, "Money": the wallet pays
/// without a processor fee): the order is placed at once with the seller's share pending, the balance drops by the price,
/// a balance that does not cover it is refused with nothing written, and a cancellation puts the price back in the wallet.
/// </summary>
public sealed class AnOrderIsPaidFromTheWallet : OrderWorldTest
{
    /// <summary>The buyer earns 11,390¢ available: a $200 sale by card on the basic plan, cleared after its hold.</summary>
    private async Task FundBuyerAsync()
    {
        var money = new MoneyWorld(Db);
        await money.BuyByCardAsync(World.Stranger, await money.ProductAsync(World.Buyer, "Buyer's Sample Pack", 200m));
        money.Clock.Advance(TimeSpan.FromDays(8));
        World.Clock.Advance(TimeSpan.FromDays(8));
        await money.System().Get<WalletClearing>().ReleaseDueAsync();
        Assert.Equal(11390, await World.AvailableAsync(World.Buyer));
    }

    private Task<ProducersAvenue.Domain.Common.Result<CheckoutStarted>> OrderByWalletAsync(string package, long cents) =>
        World.As(World.Buyer).Get<OrderCheckout>().StartAsync(new PlaceOrderCommand(World.Service, package, cents, "Stems in the folder", [],
            Method: PaymentMethod.WalletBalance));

    [Fact]
    public async Task The_order_is_placed_at_once_without_a_processor_fee_and_the_balance_pays_for_it()
    {
        await FundBuyerAsync();
        Assert.True((await World.As(World.Buyer).Get<OrderCheckout>().QuoteAsync(World.Service, "Standard"))!.WalletCovers);

        var started = await OrderByWalletAsync("Standard", OrderWorld.StandardCents);

        Assert.True(started.Succeeded, started.FirstError?.Message);
        var order = await Db.ScalarAsync<Guid>("SELECT id FROM orders WHERE buyer_id = $1", World.Buyer);
        Assert.Equal($"/orders/{order}", started.Value!.RedirectUrl);
        Assert.Equal("pending", await World.StatusAsync(order));
        // $100.00 from the wallet on the basic plan: no processor fee, 40% commission, $60.00 pending for the seller.
        Assert.Equal((10000, 0, 4000, 6000, "wallet", "completed"), (
            await Db.ScalarAsync<int>("SELECT amount_total FROM transactions WHERE related_id = $1", order),
            await Db.ScalarAsync<int>("SELECT amount_fees FROM transactions WHERE related_id = $1", order),
            await Db.ScalarAsync<int>("SELECT amount_commission FROM transactions WHERE related_id = $1", order),
            await Db.ScalarAsync<int>("SELECT amount_seller FROM transactions WHERE related_id = $1", order),
            (await Db.ScalarAsync<string>("SELECT payment_processor FROM transactions WHERE related_id = $1", order))!,
            (await Db.ScalarAsync<string>("SELECT status FROM transactions WHERE related_id = $1", order))!));
        Assert.Equal((1390, 10000), (await World.AvailableAsync(World.Buyer),
            await Db.ScalarAsync<int>("SELECT total_spent_on_platform FROM wallets WHERE user_id = $1", World.Buyer)));
        Assert.Equal(6000, await World.PendingAsync(World.Seller));
        Assert.Equal(["placed"], await World.EventsAsync(order));
        var check = await World.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task A_balance_that_does_not_cover_the_price_is_refused_and_nothing_is_written()
    {
        await FundBuyerAsync();
        Assert.False((await World.As(World.Buyer).Get<OrderCheckout>().QuoteAsync(World.Service, "Unlimited"))!.WalletCovers);

        var refused = await OrderByWalletAsync("Unlimited", 30000);

        Assert.Equal((FinanceErrors.InsufficientFunds.Code, "Method"), (refused.FirstError?.Code, refused.FirstError?.Field));
        Assert.Equal(0L, await Db.ScalarAsync<long>("SELECT count(*) FROM orders WHERE buyer_id = $1", World.Buyer));
        Assert.Equal(0L, await Db.ScalarAsync<long>("SELECT count(*) FROM transactions WHERE buyer_id = $1 AND transaction_type = 'service_purchase'", World.Buyer));
        Assert.Equal(11390, await World.AvailableAsync(World.Buyer));
        Assert.Equal(0, await World.PendingAsync(World.Seller));
    }

    [Fact]
    public async Task A_cancelled_wallet_order_puts_the_price_back_in_the_wallet()
    {
        await FundBuyerAsync();
        Assert.True((await OrderByWalletAsync("Standard", OrderWorld.StandardCents)).Succeeded);
        var order = await Db.ScalarAsync<Guid>("SELECT id FROM orders WHERE buyer_id = $1", World.Buyer);

        var cancelled = await World.Orders(World.Buyer).CancelAsync(order, "Changed my mind");

        Assert.Equal(CancellationOutcome.Cancelled, cancelled.Value);
        Assert.Equal((11390, 0), (await World.AvailableAsync(World.Buyer),
            await Db.ScalarAsync<int>("SELECT total_spent_on_platform FROM wallets WHERE user_id = $1", World.Buyer)));
        Assert.Equal(0, await World.PendingAsync(World.Seller));
        var check = await World.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }
}
