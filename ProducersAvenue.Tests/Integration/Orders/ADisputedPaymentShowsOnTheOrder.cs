using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// A payment the buyer's bank disputes (decision 221) shows on the order for both sides, and on their order lists beside the
/// order's own status (which a dispute does not change: the lists said "Delivered" and nothing else).
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
}
