using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Refunds;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Integration.Finance;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// An order's payment is given back by the same rule as a product sale's (<see cref="SaleReversal"/>): a refund made in
/// Stripe's dashboard or a lost dispute (each event delivered three times, shuffled) and an admin's refund reverse it once,
/// and an order still running ends cancelled with the refund on its timeline; a completed order stays completed.
/// </summary>
public sealed class OrderPaymentsAreGivenBackByTheOneReversal : OrderWorldTest
{
    private async Task<(Guid Transaction, string Intent)> PaymentOfAsync(Guid order)
    {
        var transaction = await Db.ScalarAsync<Guid>("SELECT id FROM transactions WHERE related_id = $1 AND transaction_type = 'service_purchase'", order);
        return (transaction, (await Db.ScalarAsync<string>("SELECT stripe_payment_intent_id FROM transactions WHERE id = $1", transaction))!);
    }

    private async Task AssertGivenBackOnceAsync(Guid order, Guid transaction)
    {
        Assert.Equal("refunded", await Db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", transaction));
        Assert.Equal(1L, await Db.ScalarAsync<long>("SELECT count(*) FROM ledger_postings WHERE transaction_id = $1 AND kind = 'refund'", transaction));
        Assert.Equal(0, await World.PendingAsync(World.Seller));
        Assert.Equal(1, (await World.EventsAsync(order)).Count(e => e == "refunded"));
        var check = await World.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_refund_in_stripes_dashboard_cancels_a_running_order_and_gives_the_payment_back_once(int seed)
    {
        var order = await World.PlaceAsync();
        OrderWorld.Must(await World.Orders(World.Seller).StartAsync(order));
        var (transaction, intent) = await PaymentOfAsync(order);

        await Db.DeliverShuffledAsync(World.Clock, seed, StripeEventBodies.Refunded($"evt_order_refund_{seed}", intent, OrderWorld.StandardCents));

        await AssertGivenBackOnceAsync(order, transaction);
        Assert.Equal("cancelled", await World.StatusAsync(order));
        Assert.Equal(1, (await World.EventsAsync(order)).Count(e => e == "cancelled"));
    }

    [Fact]
    public async Task A_lost_dispute_of_a_completed_order_gives_the_payment_back_and_the_order_stays_completed()
    {
        var order = await World.DeliveredAsync();
        OrderWorld.Must(await World.Orders(World.Buyer).AcceptAsync(order));
        var (transaction, intent) = await PaymentOfAsync(order);

        await Db.DeliverShuffledAsync(World.Clock, 3, StripeEventBodies.Dispute("charge.dispute.created", "evt_order_dispute_open", intent, "needs_response", OrderWorld.StandardCents),
            StripeEventBodies.Dispute("charge.dispute.closed", "evt_order_dispute_lost", intent, "lost", OrderWorld.StandardCents));

        await AssertGivenBackOnceAsync(order, transaction);
        Assert.Equal("completed", await World.StatusAsync(order));
    }

    [Fact]
    public async Task An_admins_refund_of_an_order_payment_cancels_the_order()
    {
        var order = await World.PlaceAsync();
        var (transaction, _) = await PaymentOfAsync(order);

        var refunded = await World.As(World.Admin).Get<RefundService>().RefundAsync(transaction);

        Assert.True(refunded.Succeeded, refunded.FirstError?.Message);
        await AssertGivenBackOnceAsync(order, transaction);
        Assert.Equal("cancelled", await World.StatusAsync(order));
    }
}
