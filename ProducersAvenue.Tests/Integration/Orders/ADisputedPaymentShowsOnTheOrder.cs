using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>A payment the buyer's bank disputes (decision 221) shows on the order for both sides; the order said nothing.</summary>
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
}
