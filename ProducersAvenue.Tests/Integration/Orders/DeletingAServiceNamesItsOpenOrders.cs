using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Web.Components.Pages.Marketplace.Components;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// Deleting a service ends none of its paid orders (they are delivered or cancelled from Orders as before): the question
/// asked before the delete says how many are still open. It said only that the service left the market, and a seller with a
/// paid order waiting deleted it unwarned.
/// </summary>
public sealed class DeletingAServiceNamesItsOpenOrders : OrderWorldTest
{
    [Fact]
    public async Task The_seller_is_told_how_many_orders_stay_open_and_a_finished_one_does_not_count()
    {
        var completed = await World.DeliveredAsync();
        OrderWorld.Must(await World.Orders(World.Buyer).AcceptAsync(completed));
        await World.PlaceAsync();
        await World.DeliveredAsync(); // delivered, not accepted yet: still open

        var open = await World.As(World.Seller).Get<OrderQueries>().OpenOfServiceAsync(World.Service);

        Assert.Equal(2, open);
        Assert.Equal(0, await World.As(World.Stranger).Get<OrderQueries>().OpenOfServiceAsync(World.Service));
        Assert.Equal(2, await World.As(World.Admin).Get<OrderQueries>().OpenOfServiceAsync(World.Service));
        Assert.Equal("\"Mixing your song\" leaves your services and the market for good. Its 2 open orders continue: you still deliver them, " +
                     "or cancel them, from Orders.", ListingDeletion.Message(isProduct: false, "Mixing your song", open));
    }

    [Fact]
    public async Task One_open_order_is_named_and_a_service_without_any_is_asked_about_as_before()
    {
        var order = await World.PlaceAsync();
        var queries = World.As(World.Seller).Get<OrderQueries>();

        Assert.Equal(1, await queries.OpenOfServiceAsync(World.Service));
        Assert.EndsWith("Its open order continues: you still deliver it, or cancel it, from Orders.",
            ListingDeletion.Message(isProduct: false, "Mixing your song", await queries.OpenOfServiceAsync(World.Service)));
        Assert.Equal("\"Quiet service\" leaves your services and the market for good.", ListingDeletion.Message(isProduct: false, "Quiet service", 0));

        // The delete goes through and the order goes on.
        OrderWorld.Must(await World.As(World.Seller).Get<ServiceListingService>().DeleteAsync(World.Service));
        OrderWorld.Must(await World.Orders(World.Seller).StartAsync(order));
        Assert.Equal(1, await queries.OpenOfServiceAsync(World.Service));
    }
}
