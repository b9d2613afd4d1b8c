using ProducersAvenue.Domain.Orders;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// A request to cancel is not a dead end (decision 245): its maker withdraws it, the other side declines it, the order goes
/// on as it was with the line in its timeline and the other side told; afterwards either side may ask again, and with no
/// request open there is nothing to drop.
/// </summary>
public sealed class ARequestToCancelCanBeTakenBack : OrderWorldTest
{
    private async Task<Guid> StartedAsync()
    {
        var order = await World.PlaceAsync();
        OrderWorld.Must(await World.Orders(World.Seller).StartAsync(order));
        return order;
    }

    private Task<long> NoticesAsync(Guid member, string like) =>
        Db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1 AND title LIKE $2", member, like);

    [Fact]
    public async Task The_seller_withdraws_their_request_and_the_order_goes_on()
    {
        var order = await StartedAsync();
        Assert.Equal(CancellationOutcome.Proposed, (await World.Orders(World.Seller).CancelAsync(order, "Too busy")).Value);

        OrderWorld.Must(await World.Orders(World.Seller).DropCancellationAsync(order));

        Assert.Equal("in_progress", await World.StatusAsync(order));
        Assert.Null(await Db.ScalarAsync<Guid?>("SELECT cancellation_proposed_by FROM orders WHERE id = $1", order));
        Assert.Equal(["placed", "started", "cancellation_proposed", "cancellation_withdrawn"], await World.EventsAsync(order));
        Assert.Equal(1, await NoticesAsync(World.Buyer, "The seller no longer asks to cancel%"));
        // The buyer's cancel is a request again, not an agreement to the withdrawn one.
        Assert.Equal(CancellationOutcome.Proposed, (await World.Orders(World.Buyer).CancelAsync(order, null)).Value);
        Assert.Equal("in_progress", await World.StatusAsync(order));
    }

    [Fact]
    public async Task The_buyer_declines_the_sellers_request_and_nothing_is_refunded()
    {
        var order = await StartedAsync();
        Assert.Equal(CancellationOutcome.Proposed, (await World.Orders(World.Seller).CancelAsync(order, null)).Value);

        OrderWorld.Must(await World.Orders(World.Buyer).DropCancellationAsync(order));

        Assert.Equal("in_progress", await World.StatusAsync(order));
        Assert.Equal("cancellation_declined", (await World.EventsAsync(order))[^1]);
        Assert.Equal(1, await NoticesAsync(World.Seller, "The buyer declined to cancel%"));
        Assert.Equal(0L, await Db.ScalarAsync<long>("SELECT count(*) FROM transactions WHERE status = 'refunded'"));
    }

    [Fact]
    public async Task The_reason_is_read_by_the_other_side_and_goes_with_a_withdrawn_request()
    {
        var order = await StartedAsync();
        var tooLong = await World.Orders(World.Seller).CancelAsync(order, new string('x', Order.TextMaxLength + 1));
        Assert.Equal(("orders.text_too_long", "Reason"), (tooLong.FirstError?.Code, tooLong.FirstError?.Field));

        Assert.Equal(CancellationOutcome.Proposed, (await World.Orders(World.Seller).CancelAsync(order, "  Too busy this week ")).Value);

        var seen = await World.As(World.Buyer).Get<OrderQueries>().OrderAsync(order);
        Assert.Equal((true, "Too busy this week"), (seen!.CancellationProposedByOther, seen.CancellationReason));
        Assert.Equal("Too busy this week", seen.Timeline[^1].Note);
        Assert.StartsWith("Their reason: “Too busy this week”. If you agree", await Db.ScalarAsync<string>(
            "SELECT message FROM notifications WHERE user_id = $1 AND title LIKE 'The seller asks to cancel%'", World.Buyer));

        OrderWorld.Must(await World.Orders(World.Seller).DropCancellationAsync(order));
        Assert.Equal(CancellationOutcome.Proposed, (await World.Orders(World.Buyer).CancelAsync(order, null)).Value);
        Assert.Null((await World.As(World.Seller).Get<OrderQueries>().OrderAsync(order))!.CancellationReason);
    }

    [Fact]
    public async Task With_no_request_open_or_for_a_stranger_there_is_nothing_to_drop()
    {
        var order = await StartedAsync();

        Assert.Equal(OrdersErrors.NoCancellationProposed, (await World.Orders(World.Buyer).DropCancellationAsync(order)).FirstError);
        Assert.Equal(OrdersErrors.NotFound, (await World.Orders(World.Stranger).DropCancellationAsync(order)).FirstError);
        Assert.Equal(["placed", "started"], await World.EventsAsync(order));
    }
}
