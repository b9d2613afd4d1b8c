using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>A payment the buyer's bank disputes (decision 221) shows on the order for both sides; the order said nothing.</summary>
public sealed class ADisputedPaymentShowsOnTheOrder : IAsyncLifetime
{
    private TestDb _db = null!;
    private OrderWorld _world = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = await OrderWorld.CreateAsync(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Buyer_and_seller_see_the_dispute_while_it_is_open()
    {
        var order = await _world.PlaceAsync();
        Assert.False((await _world.As(_world.Seller).Get<OrderQueries>().OrderAsync(order))!.PaymentDisputed);

        await _db.ExecuteAsync("UPDATE transactions SET status = 'disputed' WHERE related_id = $1", order);

        Assert.True((await _world.As(_world.Seller).Get<OrderQueries>().OrderAsync(order))!.PaymentDisputed);
        Assert.True((await _world.As(_world.Buyer).Get<OrderQueries>().OrderAsync(order))!.PaymentDisputed);
    }
}
