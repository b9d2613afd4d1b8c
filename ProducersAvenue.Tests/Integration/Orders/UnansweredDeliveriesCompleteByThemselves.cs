using ProducersAvenue.Domain.Finance.Wallets;
using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// The job: a buyer who does not answer a delivery is reminded a day before, once, and the order completes by itself 3 days
/// after the delivery (a fake clock), its earnings then clearing 7 days later.
/// </summary>
public sealed class UnansweredDeliveriesCompleteByThemselves : IAsyncLifetime
{
    private TestDb _db = null!;
    private OrderWorld _world = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = await OrderWorld.CreateAsync(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<int> RunJobAsync() => _world.System().Get<OrderAutoCompletion>().RunAsync();

    private Task<long> RemindersAsync() =>
        _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1 AND title = 'Your delivery completes by itself tomorrow'", _world.Buyer);

    [Fact]
    public async Task The_buyer_is_reminded_once_and_the_order_completes_three_days_after_the_delivery()
    {
        var order = await _world.DeliveredAsync();

        _world.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await RunJobAsync());
        Assert.Equal(0, await RemindersAsync());

        _world.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await RunJobAsync());
        Assert.Equal(0, await RunJobAsync());
        Assert.Equal(1, await RemindersAsync());
        Assert.Equal("Accept it or ask for a revision within 24 hours.", await _db.ScalarAsync<string>(
            "SELECT message FROM notifications WHERE user_id = $1 AND title = 'Your delivery completes by itself tomorrow'", _world.Buyer));
        Assert.Equal("delivered", await _world.StatusAsync(order));

        _world.Clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await RunJobAsync());
        _world.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await RunJobAsync());
        Assert.Equal(0, await RunJobAsync());

        Assert.Equal(("completed", false), ((await _world.StatusAsync(order))!, await _db.ScalarAsync<bool>("SELECT buyer_approved FROM orders WHERE id = $1", order)));
        Assert.Equal(["placed", "started", "delivered", "reminded", "auto_completed"], await _world.EventsAsync(order));
        Assert.Contains("An order completed by itself", await _db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1", _world.Seller));

        _world.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await _world.System().Get<WalletClearing>().ReleaseDueAsync());
        Assert.Equal(OrderWorld.SellerCents, await _world.AvailableAsync(_world.Seller));
    }

    [Fact]
    public async Task A_delivery_the_buyer_answered_is_left_alone()
    {
        var order = await _world.DeliveredAsync();
        OrderWorld.Must(await _world.Orders(_world.Buyer).RequestRevisionAsync(order, "Brighter"));

        _world.Clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal(0, await RunJobAsync());

        Assert.Equal("revision_requested", await _world.StatusAsync(order));
        Assert.Equal(0, await RemindersAsync());
    }
}
