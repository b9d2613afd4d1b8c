using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// Every way an order is cancelled — the buyer before the start, the buyer when the work is late, both sides agreeing, an
/// admin — refunds the pending funds through one reversing posting, once; a completed order is not cancelled at all.
/// </summary>
public sealed class EachCancellationRefundsExactlyOnce : IAsyncLifetime
{
    private TestDb _db = null!;
    private OrderWorld _world = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = await OrderWorld.CreateAsync(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task AssertRefundedOnceAsync(Guid order)
    {
        Assert.Equal("refunded", await _world.StatusAsync(order));
        Assert.Equal(["sale", "refund"], await _world.PostingsAsync(order));
        Assert.Equal("refunded", await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE related_id = $1", order));
        Assert.Equal((0, 0), (await _world.PendingAsync(_world.Seller), await _world.AvailableAsync(_world.Seller)));
        Assert.Equal(0, await _db.ScalarAsync<int>("SELECT total_earned FROM wallets WHERE user_id = $1", _world.Seller));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);

        // Again, by anyone: refused, and still one refund.
        Assert.Equal("orders.illegal_transition", (await _world.Orders(_world.Admin).CancelAsync(order, "again")).FirstError?.Code);
        Assert.Equal("orders.illegal_transition", (await _world.Orders(_world.Buyer).CancelAsync(order, "again")).FirstError?.Code);
        Assert.Equal(["sale", "refund"], await _world.PostingsAsync(order));
    }

    [Fact]
    public async Task The_buyer_cancels_before_the_seller_starts()
    {
        var order = await _world.PlaceAsync();

        var cancelled = await _world.Orders(_world.Buyer).CancelAsync(order, "Wrong package");

        Assert.Equal(CancellationOutcome.Cancelled, cancelled.Value);
        await AssertRefundedOnceAsync(order);
        Assert.Equal(["placed", "cancelled", "refunded"], await _world.EventsAsync(order));
        Assert.Contains(await _db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1", _world.Seller),
            t => t.StartsWith("The order of “", StringComparison.Ordinal) && t.EndsWith("” was cancelled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_buyer_cancels_alone_only_once_the_work_is_late()
    {
        var order = await _world.PlaceAsync();
        OrderWorld.Must(await _world.Orders(_world.Seller).StartAsync(order));

        _world.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(CancellationOutcome.Proposed, (await _world.Orders(_world.Buyer).CancelAsync(order, "Is it coming?")).Value);
        Assert.Equal("in_progress", await _world.StatusAsync(order));
        Assert.Equal(["sale"], await _world.PostingsAsync(order));

        _world.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(CancellationOutcome.Cancelled, (await _world.Orders(_world.Buyer).CancelAsync(order, "Late")).Value);
        await AssertRefundedOnceAsync(order);
    }

    [Fact]
    public async Task One_side_proposes_and_the_other_agrees()
    {
        var order = await _world.DeliveredAsync();

        Assert.Equal(CancellationOutcome.Proposed, (await _world.Orders(_world.Seller).CancelAsync(order, "Cannot match the reference")).Value);
        Assert.Equal("orders.cancellation_already_proposed", (await _world.Orders(_world.Seller).CancelAsync(order, null)).FirstError?.Code);
        Assert.Equal("delivered", await _world.StatusAsync(order));
        Assert.Contains(await _db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1", _world.Buyer),
            t => t.StartsWith("The seller asks to cancel the order of “", StringComparison.Ordinal));

        Assert.Equal(CancellationOutcome.Cancelled, (await _world.Orders(_world.Buyer).CancelAsync(order, null)).Value);
        await AssertRefundedOnceAsync(order);
        Assert.Equal("Cannot match the reference", await _db.ScalarAsync<string>("SELECT cancellation_reason FROM orders WHERE id = $1", order));
        // The cancelled order's page no longer asks either side to agree.
        foreach (var side in new[] { _world.Buyer, _world.Seller })
        {
            var page = (await _world.As(side).Get<OrderQueries>().OrderAsync(order))!;
            Assert.False(page.CancellationProposedByMe || page.CancellationProposedByOther);
        }
    }

    [Fact]
    public async Task A_proposal_to_cancel_ends_when_the_buyer_accepts_the_delivery()
    {
        var order = await _world.DeliveredAsync();
        Assert.Equal(CancellationOutcome.Proposed, (await _world.Orders(_world.Buyer).CancelAsync(order, "Not sure about it")).Value);
        Assert.True((await _world.As(_world.Seller).Get<OrderQueries>().OrderAsync(order))!.CancellationProposedByOther);

        OrderWorld.Must(await _world.Orders(_world.Buyer).AcceptAsync(order));

        Assert.False((await _world.As(_world.Buyer).Get<OrderQueries>().OrderAsync(order))!.CancellationProposedByMe);
        Assert.False((await _world.As(_world.Seller).Get<OrderQueries>().OrderAsync(order))!.CancellationProposedByOther);
    }

    [Fact]
    public async Task An_admin_cancels_at_any_time_before_completion()
    {
        var order = await _world.PlaceAsync();
        OrderWorld.Must(await _world.Orders(_world.Seller).StartAsync(order));

        Assert.Equal(CancellationOutcome.Cancelled, (await _world.Orders(_world.Admin).CancelAsync(order, "Fraud report")).Value);
        await AssertRefundedOnceAsync(order);
    }

    [Fact]
    public async Task A_completed_order_is_not_cancelled_and_keeps_its_money()
    {
        var order = await _world.DeliveredAsync();
        OrderWorld.Must(await _world.Orders(_world.Buyer).AcceptAsync(order));

        Assert.Equal("orders.completed_not_cancellable", (await _world.Orders(_world.Buyer).CancelAsync(order, "Changed my mind")).FirstError?.Code);
        Assert.Equal("orders.completed_not_cancellable", (await _world.Orders(_world.Admin).CancelAsync(order, null)).FirstError?.Code);
        Assert.Equal("completed", await _world.StatusAsync(order));
        Assert.Equal(["sale"], await _world.PostingsAsync(order));
        Assert.Equal(OrderWorld.SellerCents, await _world.PendingAsync(_world.Seller));
    }

    [Fact]
    public async Task A_stranger_cannot_find_let_alone_move_the_order()
    {
        var order = await _world.DeliveredAsync();

        Assert.Equal("orders.not_found", (await _world.Orders(_world.Stranger).CancelAsync(order, null)).FirstError?.Code);
        Assert.Equal("orders.not_found", (await _world.Orders(_world.Stranger).AcceptAsync(order)).FirstError?.Code);
        Assert.Equal("orders.only_the_buyer", (await _world.Orders(_world.Seller).AcceptAsync(order)).FirstError?.Code);
        Assert.Equal("delivered", await _world.StatusAsync(order));
    }
}
