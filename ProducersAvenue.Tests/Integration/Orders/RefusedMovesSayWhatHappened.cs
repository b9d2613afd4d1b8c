using ProducersAvenue.Domain.Orders;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// A move pressed on a page drawn before another tab (or the other side) moved the order is refused in a member's words,
/// saying what happened meanwhile — not "An order that is delivered cannot become delivered." (decision 291).
/// </summary>
public sealed class RefusedMovesSayWhatHappened : OrderWorldTest
{
    [Fact]
    public async Task A_second_delivery_says_the_order_was_already_delivered()
    {
        var order = await World.PlaceAsync();
        OrderWorld.Must(await World.Orders(World.Seller).StartAsync(order));
        OrderWorld.Must(await World.Orders(World.Seller).DeliverAsync(new DeliverOrderCommand(order, [], "From the first tab")));

        var second = await World.Orders(World.Seller).DeliverAsync(new DeliverOrderCommand(order, [], "From the second tab"));

        Assert.Equal("orders.illegal_transition", second.FirstError?.Code);
        Assert.Equal("This order was already delivered, perhaps from another tab or window. The page now shows the delivery.", second.FirstError?.Message);
        Assert.Equal("From the first tab", await Db.ScalarAsync<string>("SELECT delivery_notes FROM orders WHERE id = $1", order));
    }

    [Fact]
    public async Task Accepting_or_asking_again_after_a_revision_request_says_the_order_is_back_with_the_seller()
    {
        var order = await World.DeliveredAsync();
        OrderWorld.Must(await World.Orders(World.Buyer).RequestRevisionAsync(order, "Brighter"));

        var accepted = await World.Orders(World.Buyer).AcceptAsync(order);
        var revised = await World.Orders(World.Buyer).RequestRevisionAsync(order, "Brighter, from the other tab");

        Assert.Equal("A revision was just requested, perhaps from another tab or window: the order is back with the seller, so there is no delivery to accept now.",
            accepted.FirstError?.Message);
        Assert.Equal("A revision was already requested, perhaps from another tab or window: the order is back with the seller.", revised.FirstError?.Message);
        Assert.Equal(1, await Db.ScalarAsync<int>("SELECT revisions_used FROM orders WHERE id = $1", order));
    }

    [Fact]
    public async Task Starting_twice_says_the_work_already_started()
    {
        var order = await World.PlaceAsync();
        OrderWorld.Must(await World.Orders(World.Seller).StartAsync(order));

        Assert.Equal("Work on this order already started, perhaps from another tab or window.",
            (await World.Orders(World.Seller).StartAsync(order)).FirstError?.Message);
    }
}
