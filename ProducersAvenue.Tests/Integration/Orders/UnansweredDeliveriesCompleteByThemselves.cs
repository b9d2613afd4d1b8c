using ProducersAvenue.Domain.Finance.Wallets;
using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// The job: a buyer who does not answer a delivery is reminded a day before, once, and the order completes by itself 3 days
/// after the delivery (a fake clock), its earnings then clearing 7 days later.
/// </summary>
public sealed class UnansweredDeliveriesCompleteByThemselves : OrderWorldTest
{
    private Task<int> RunJobAsync() => World.System().Get<OrderAutoCompletion>().RunAsync();

    private Task<long> RemindersAsync() =>
        Db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1 AND title = 'Your delivery of “Mixing your song” completes by itself tomorrow'", World.Buyer);

    [Fact]
    public async Task The_buyer_is_reminded_once_and_the_order_completes_three_days_after_the_delivery()
    {
        var order = await World.DeliveredAsync();

        World.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await RunJobAsync());
        Assert.Equal(0, await RemindersAsync());

        World.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await RunJobAsync());
        Assert.Equal(0, await RunJobAsync());
        Assert.Equal(1, await RemindersAsync());
        Assert.Equal("Accept it or ask for a revision within 24 hours.", await Db.ScalarAsync<string>(
            "SELECT message FROM notifications WHERE user_id = $1 AND title = 'Your delivery of “Mixing your song” completes by itself tomorrow'", World.Buyer));
        Assert.Equal("delivered", await World.StatusAsync(order));

        World.Clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await RunJobAsync());
        World.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await RunJobAsync());
        Assert.Equal(0, await RunJobAsync());

        Assert.Equal(("completed", false), ((await World.StatusAsync(order))!, await Db.ScalarAsync<bool>("SELECT buyer_approved FROM orders WHERE id = $1", order)));
        Assert.Equal(["placed", "started", "delivered", "reminded", "auto_completed"], await World.EventsAsync(order));
        Assert.Contains("An order of “Mixing your song” completed by itself", await Db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1", World.Seller));

        World.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await World.System().Get<WalletClearing>().ReleaseDueAsync());
        Assert.Equal(OrderWorld.SellerCents, await World.AvailableAsync(World.Seller));
    }

    [Fact]
    public async Task A_delivery_the_buyer_answered_is_left_alone()
    {
        var order = await World.DeliveredAsync();
        OrderWorld.Must(await World.Orders(World.Buyer).RequestRevisionAsync(order, "Brighter"));

        World.Clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal(0, await RunJobAsync());

        Assert.Equal("revision_requested", await World.StatusAsync(order));
        Assert.Equal(0, await RemindersAsync());
    }
}
