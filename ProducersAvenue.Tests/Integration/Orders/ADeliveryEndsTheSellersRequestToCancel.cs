using ProducersAvenue.Domain.Orders;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// A move that carries the order on ends its maker's own open request to cancel (decision 289): a seller who asked to
/// cancel and then delivers no longer offers the buyer a full refund of work the buyer can download, and a buyer who asks
/// for a revision no longer asks to cancel. The timeline says so as a withdrawal and the other side is told; the other
/// side's own request is theirs and stays.
/// </summary>
public sealed class ADeliveryEndsTheSellersRequestToCancel : OrderWorldTest
{
    private async Task<Guid> StartedAsync()
    {
        var order = await World.PlaceAsync();
        OrderWorld.Must(await World.Orders(World.Seller).StartAsync(order));
        return order;
    }

    private Task<Guid?> ProposerAsync(Guid order) => Db.ScalarAsync<Guid?>("SELECT cancellation_proposed_by FROM orders WHERE id = $1", order);

    [Fact]
    public async Task Delivering_withdraws_the_sellers_request_so_the_buyer_cannot_take_the_work_and_a_refund()
    {
        var order = await StartedAsync();
        Assert.Equal(CancellationOutcome.Proposed, (await World.Orders(World.Seller).CancelAsync(order, "Too busy this week")).Value);

        OrderWorld.Must(await World.Orders(World.Seller).DeliverAsync(new DeliverOrderCommand(order, [], "Mix v1 after all")));

        Assert.Null(await ProposerAsync(order));
        Assert.Null(await Db.ScalarAsync<string>("SELECT cancellation_reason FROM orders WHERE id = $1", order));
        Assert.Equal(["placed", "started", "cancellation_proposed", "delivered", "cancellation_withdrawn"], await World.EventsAsync(order));
        Assert.Equal(OrderService.WithdrawnByDelivery, await Db.ScalarAsync<string>(
            "SELECT note FROM order_events WHERE order_id = $1 AND kind = 'cancellation_withdrawn'", order));
        Assert.EndsWith("The seller no longer asks to cancel.", await Db.ScalarAsync<string>(
            "SELECT message FROM notifications WHERE user_id = $1 AND title LIKE '%was delivered'", World.Buyer));
        var seen = await World.As(World.Buyer).Get<OrderQueries>().OrderAsync(order);
        Assert.False(seen!.CancellationProposedByOther);

        // The buyer's cancel is now a request of their own, not an agreement: nothing is refunded.
        Assert.Equal(CancellationOutcome.Proposed, (await World.Orders(World.Buyer).CancelAsync(order, null)).Value);
        Assert.Equal("delivered", await World.StatusAsync(order));
        Assert.DoesNotContain("refund", await World.PostingsAsync(order));
    }

    [Fact]
    public async Task The_buyers_own_request_stays_for_the_seller_to_answer_after_a_delivery()
    {
        var order = await StartedAsync();
        Assert.Equal(CancellationOutcome.Proposed, (await World.Orders(World.Buyer).CancelAsync(order, "Found someone else")).Value);

        OrderWorld.Must(await World.Orders(World.Seller).DeliverAsync(new DeliverOrderCommand(order, [], "Mix v1")));

        Assert.Equal(World.Buyer, await ProposerAsync(order));
        Assert.Equal("delivered", (await World.EventsAsync(order))[^1]);
    }

    [Fact]
    public async Task Asking_for_a_revision_withdraws_the_buyers_own_request()
    {
        var order = await World.DeliveredAsync();
        Assert.Equal(CancellationOutcome.Proposed, (await World.Orders(World.Buyer).CancelAsync(order, "Not what I wanted")).Value);

        OrderWorld.Must(await World.Orders(World.Buyer).RequestRevisionAsync(order, "Brighter vocals, then"));

        Assert.Null(await ProposerAsync(order));
        Assert.Equal(["revision_requested", "cancellation_withdrawn"], (await World.EventsAsync(order))[^2..]);
        Assert.EndsWith("The buyer no longer asks to cancel.", await Db.ScalarAsync<string>(
            "SELECT message FROM notifications WHERE user_id = $1 AND title LIKE 'The buyer asked for a revision%'", World.Seller));
    }
}
