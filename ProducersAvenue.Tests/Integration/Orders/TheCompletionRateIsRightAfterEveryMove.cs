using ProducersAvenue.Domain.Orders;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// The service's "% completed" (completed among finished orders, counted by the timeline's trigger) is right at once after
/// each move that finishes an order — an acceptance, an automatic completion, a cancellation with no payment to refund —
/// not one move late (decision 290: the move is written before its timeline line).
/// </summary>
public sealed class TheCompletionRateIsRightAfterEveryMove : OrderWorldTest
{
    private Task<decimal?> RateAsync() => Db.ScalarAsync<decimal?>("SELECT completion_rate FROM services WHERE id = $1", World.Service);

    [Fact]
    public async Task An_acceptance_counts_at_once()
    {
        var order = await World.DeliveredAsync();

        OrderWorld.Must(await World.Orders(World.Buyer).AcceptAsync(order));

        Assert.Equal(100.00m, await RateAsync());
    }

    [Fact]
    public async Task An_automatic_completion_and_a_cancellation_without_a_payment_count_at_once()
    {
        var cancelled = await World.PlaceAsync();
        OrderWorld.Must(await World.Orders(World.Buyer).CancelAsync(cancelled, "Found someone else"));
        Assert.Equal(0.00m, await RateAsync());
        var unanswered = await World.DeliveredAsync();

        World.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, await World.System().Get<OrderAutoCompletion>().RunAsync());

        Assert.Equal("completed", await World.StatusAsync(unanswered));
        Assert.Equal(50.00m, await RateAsync());

        // An order with no payment row (nothing for the refund to save first) is counted as it ends too.
        var unpaid = await Db.ScalarAsync<Guid>("""
            INSERT INTO orders (service_id, buyer_id, seller_id, package_name, package_price, delivery_days, revisions_included, status, created_at)
            VALUES ($1, $2, $3, 'Standard', 100, 3, 1, 'in_progress', $4) RETURNING id
            """, World.Service, World.Buyer, World.Seller, World.Clock.GetUtcNow());
        OrderWorld.Must(await World.Orders(World.Admin).CancelAsync(unpaid, "Test order"));
        Assert.Equal(33.33m, await RateAsync());
    }
}
