using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// Every way an order is cancelled — the buyer before the start, the buyer when the work is late, both sides agreeing, an
/// admin — refunds the pending funds through one reversing posting, once; a completed order is not cancelled at all.
/// </summary>
public sealed class EachCancellationRefundsExactlyOnce : OrderWorldTest
{
    private async Task AssertRefundedOnceAsync(Guid order)
    {
        Assert.Equal("refunded", await World.StatusAsync(order));
        Assert.Equal(["sale", "refund"], await World.PostingsAsync(order));
        Assert.Equal("refunded", await Db.ScalarAsync<string>("SELECT status FROM transactions WHERE related_id = $1", order));
        Assert.Equal((0, 0), (await World.PendingAsync(World.Seller), await World.AvailableAsync(World.Seller)));
        Assert.Equal(0, await Db.ScalarAsync<int>("SELECT total_earned FROM wallets WHERE user_id = $1", World.Seller));
        var check = await World.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);

        // Again, by anyone: refused, and still one refund.
        Assert.Equal("orders.illegal_transition", (await World.Orders(World.Admin).CancelAsync(order, "again")).FirstError?.Code);
        Assert.Equal("orders.illegal_transition", (await World.Orders(World.Buyer).CancelAsync(order, "again")).FirstError?.Code);
        Assert.Equal(["sale", "refund"], await World.PostingsAsync(order));
    }

    [Fact]
    public async Task The_buyer_cancels_before_the_seller_starts()
    {
        var order = await World.PlaceAsync();

        var cancelled = await World.Orders(World.Buyer).CancelAsync(order, "Wrong package");

        Assert.Equal(CancellationOutcome.Cancelled, cancelled.Value);
        await AssertRefundedOnceAsync(order);
        Assert.Equal(["placed", "cancelled", "refunded"], await World.EventsAsync(order));
        Assert.Contains(await Db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1", World.Seller),
            t => t.StartsWith("The order of “", StringComparison.Ordinal) && t.EndsWith("” was cancelled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_buyer_cancels_alone_only_once_the_work_is_late()
    {
        var order = await World.PlaceAsync();
        OrderWorld.Must(await World.Orders(World.Seller).StartAsync(order));

        World.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(CancellationOutcome.Proposed, (await World.Orders(World.Buyer).CancelAsync(order, "Is it coming?")).Value);
        Assert.Equal("in_progress", await World.StatusAsync(order));
        Assert.Equal(["sale"], await World.PostingsAsync(order));

        World.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(CancellationOutcome.Cancelled, (await World.Orders(World.Buyer).CancelAsync(order, "Late")).Value);
        await AssertRefundedOnceAsync(order);
    }

    [Fact]
    public async Task One_side_proposes_and_the_other_agrees()
    {
        var order = await World.DeliveredAsync();

        Assert.Equal(CancellationOutcome.Proposed, (await World.Orders(World.Seller).CancelAsync(order, "Cannot match the reference")).Value);
        Assert.Equal("orders.cancellation_already_proposed", (await World.Orders(World.Seller).CancelAsync(order, null)).FirstError?.Code);
        Assert.Equal("delivered", await World.StatusAsync(order));
        Assert.Contains(await Db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1", World.Buyer),
            t => t.StartsWith("The seller asks to cancel the order of “", StringComparison.Ordinal));

        Assert.Equal(CancellationOutcome.Cancelled, (await World.Orders(World.Buyer).CancelAsync(order, null)).Value);
        await AssertRefundedOnceAsync(order);
        Assert.Equal("Cannot match the reference", await Db.ScalarAsync<string>("SELECT cancellation_reason FROM orders WHERE id = $1", order));
        // The cancelled order's page no longer asks either side to agree.
        foreach (var side in new[] { World.Buyer, World.Seller })
        {
            var page = (await World.As(side).Get<OrderQueries>().OrderAsync(order))!;
            Assert.False(page.CancellationProposedByMe || page.CancellationProposedByOther);
        }
    }

    [Fact]
    public async Task A_proposal_to_cancel_ends_when_the_buyer_accepts_the_delivery()
    {
        var order = await World.DeliveredAsync();
        Assert.Equal(CancellationOutcome.Proposed, (await World.Orders(World.Buyer).CancelAsync(order, "Not sure about it")).Value);
        Assert.True((await World.As(World.Seller).Get<OrderQueries>().OrderAsync(order))!.CancellationProposedByOther);

        OrderWorld.Must(await World.Orders(World.Buyer).AcceptAsync(order));

        Assert.False((await World.As(World.Buyer).Get<OrderQueries>().OrderAsync(order))!.CancellationProposedByMe);
        Assert.False((await World.As(World.Seller).Get<OrderQueries>().OrderAsync(order))!.CancellationProposedByOther);
    }

    [Fact]
    public async Task An_admin_cancels_at_any_time_before_completion()
    {
        var order = await World.PlaceAsync();
        OrderWorld.Must(await World.Orders(World.Seller).StartAsync(order));

        Assert.Equal(CancellationOutcome.Cancelled, (await World.Orders(World.Admin).CancelAsync(order, "Fraud report")).Value);
        await AssertRefundedOnceAsync(order);
    }

    [Fact]
    public async Task A_completed_order_is_not_cancelled_and_keeps_its_money()
    {
        var order = await World.DeliveredAsync();
        OrderWorld.Must(await World.Orders(World.Buyer).AcceptAsync(order));

        Assert.Equal("orders.completed_not_cancellable", (await World.Orders(World.Buyer).CancelAsync(order, "Changed my mind")).FirstError?.Code);
        Assert.Equal("orders.completed_not_cancellable", (await World.Orders(World.Admin).CancelAsync(order, null)).FirstError?.Code);
        Assert.Equal("completed", await World.StatusAsync(order));
        Assert.Equal(["sale"], await World.PostingsAsync(order));
        Assert.Equal(OrderWorld.SellerCents, await World.PendingAsync(World.Seller));
    }

    [Fact]
    public async Task A_stranger_cannot_find_let_alone_move_the_order()
    {
        var order = await World.DeliveredAsync();

        Assert.Equal("orders.not_found", (await World.Orders(World.Stranger).CancelAsync(order, null)).FirstError?.Code);
        Assert.Equal("orders.not_found", (await World.Orders(World.Stranger).AcceptAsync(order)).FirstError?.Code);
        Assert.Equal("orders.only_the_buyer", (await World.Orders(World.Seller).AcceptAsync(order)).FirstError?.Code);
        Assert.Equal("delivered", await World.StatusAsync(order));
    }
}
