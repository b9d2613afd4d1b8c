using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// An order page follows the other side's moves (the buyer's page must not offer "Cancel and refund" after the seller has
/// started): every move that commits, and the job's automatic completion, tells the open pages of that order — after the
/// commit, so the page reads the new state; a refused move tells nobody. A paid order is heard too: the seller's open list
/// of orders shows it.
/// </summary>
public sealed class OpenOrderPagesHearEveryMove : OrderWorldTest
{
    [Fact]
    public async Task A_committed_move_is_heard_with_the_new_state_and_a_refused_one_is_not()
    {
        var order = await World.PlaceAsync();
        var seller = World.As(World.Seller);
        var heard = new List<(Guid Order, string? Status)>();
        seller.Get<IOrderBroadcaster>().OrderChanged += id => heard.Add((id, World.StatusAsync(id).GetAwaiter().GetResult()));

        OrderWorld.Must(await seller.Get<OrderService>().StartAsync(order));
        Assert.Equal([(order, "in_progress")], heard);

        Assert.False((await seller.Get<OrderService>().AcceptAsync(order)).Succeeded);
        Assert.Single(heard);

        OrderWorld.Must(await seller.Get<OrderService>().DeliverAsync(new DeliverOrderCommand(order, [], "v1")));
        Assert.Equal((order, "delivered"), heard[^1]);
    }

    [Fact]
    public async Task A_new_order_is_heard_by_open_order_lists_which_ask_whether_it_is_theirs()
    {
        var heard = new List<Guid>();
        var buyer = World.As(World.Buyer); // its own services, as the app's one broadcaster is for every circuit
        buyer.Get<IOrderBroadcaster>().OrderChanged += heard.Add;

        var order = await World.PlaceAsync(buyer: buyer);

        Assert.Equal([order], heard);
        Assert.True(await World.As(World.Seller).Get<OrderQueries>().TakesPartInAsync(order));
        Assert.True(await World.As(World.Buyer).Get<OrderQueries>().TakesPartInAsync(order));
        Assert.False(await World.As(World.Stranger).Get<OrderQueries>().TakesPartInAsync(order));
    }

    [Fact]
    public async Task An_order_that_completes_by_itself_is_heard()
    {
        var order = await World.DeliveredAsync();
        var system = World.System();
        var heard = new List<Guid>();
        system.Get<IOrderBroadcaster>().OrderChanged += heard.Add;

        World.Clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal(1, await system.Get<OrderAutoCompletion>().RunAsync());

        Assert.Equal([order], heard);
        Assert.Equal("completed", await World.StatusAsync(order));
    }
}
