using ProducersAvenue.Domain.Finance.Refunds;
using ProducersAvenue.Domain.Finance.Transactions;
using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// A payment the buyer's bank disputes (decision 221) shows on the order for both sides, and on their order lists beside the
/// order's own status (which a dispute does not change: the lists said "Delivered" and nothing else). While it is open the
/// bank holds the money: nobody cancels the order into a refund, nor refunds the payment — the buyer would be paid twice.
/// </summary>
public sealed class ADisputedPaymentShowsOnTheOrder : OrderWorldTest
{
    [Fact]
    public async Task Buyer_and_seller_see_the_dispute_while_it_is_open()
    {
        var order = await World.PlaceAsync();
        Assert.False((await World.As(World.Seller).Get<OrderQueries>().OrderAsync(order))!.PaymentDisputed);

        await Db.ExecuteAsync("UPDATE transactions SET status = 'disputed' WHERE related_id = $1", order);

        Assert.True((await World.As(World.Seller).Get<OrderQueries>().OrderAsync(order))!.PaymentDisputed);
        Assert.True((await World.As(World.Buyer).Get<OrderQueries>().OrderAsync(order))!.PaymentDisputed);
    }

    [Fact]
    public async Task Both_order_lists_mark_the_disputed_order_and_only_it()
    {
        var disputed = await World.PlaceAsync();
        var other = await World.PlaceAsync();
        await Db.ExecuteAsync("UPDATE transactions SET status = 'disputed' WHERE related_id = $1", disputed);

        foreach (var (member, selling) in new[] { (World.Seller, true), (World.Buyer, false) })
        {
            var rows = (await World.As(member).Get<OrderQueries>().DashboardAsync(selling)).Orders.Items;
            Assert.True(rows.Single(r => r.Id == disputed).PaymentDisputed);
            Assert.False(rows.Single(r => r.Id == other).PaymentDisputed);
        }
    }

    [Fact]
    public async Task While_the_bank_disputes_the_payment_nobody_cancels_the_order_into_a_refund()
    {
        var order = await World.PlaceAsync(); // pending: the buyer alone would cancel it at once
        await Db.ExecuteAsync("UPDATE transactions SET status = 'disputed' WHERE related_id = $1", order);
        var payment = await Db.ScalarAsync<Guid>("SELECT id FROM transactions WHERE related_id = $1", order);

        Assert.Equal("orders.payment_disputed", (await World.Orders(World.Buyer).CancelAsync(order, "Changed my mind")).FirstError?.Code);
        Assert.Equal("orders.payment_disputed", (await World.Orders(World.Seller).CancelAsync(order, "Can't do it")).FirstError?.Code);
        Assert.Equal("orders.payment_disputed", (await World.Orders(World.Admin).CancelAsync(order, null)).FirstError?.Code);
        Assert.Equal("finance.payment_disputed", (await World.As(World.Admin).Get<RefundService>().RefundAsync(payment)).FirstError?.Code);
        Assert.False((await World.As(World.Admin).Get<TransactionQueries>().SearchAsync(null, null, 20)).Rows.Single(r => r.Id == payment).IsRefundable);

        Assert.Equal("pending", await World.StatusAsync(order));
        Assert.Null(await Db.ScalarAsync<Guid?>("SELECT cancellation_proposed_by FROM orders WHERE id = $1", order));
        Assert.Equal("disputed", await Db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", payment));
        Assert.DoesNotContain("refund", await World.PostingsAsync(order));
    }
}
