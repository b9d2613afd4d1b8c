using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// Two clicks at once meet at the order's row lock: one wins, the other gets a clear error and the order stays in one
/// consistent state — delivering twice delivers once; accepting while a revision is requested does one of the two;
/// cancelling twice refunds once.
/// </summary>
public sealed class ConcurrentOrderMovesEndInOneState : IAsyncLifetime
{
    private TestDb _db = null!;
    private OrderWorld _world = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = await OrderWorld.CreateAsync(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static async Task<Result[]> AtOnceAsync(params Func<Task<Result>>[] moves)
    {
        using var start = new SemaphoreSlim(0);
        var tasks = moves.Select(m => Task.Run(async () => { await start.WaitAsync(); return await m(); })).ToArray();
        start.Release(moves.Length);
        return await Task.WhenAll(tasks);
    }

    [Fact]
    public async Task Delivering_twice_at_once_delivers_once()
    {
        var order = await _world.PlaceAsync();
        OrderWorld.Must(await _world.Orders(_world.Seller).StartAsync(order));
        var first = _world.Orders(_world.Seller);
        var second = _world.Orders(_world.Seller);

        var results = await AtOnceAsync(
            () => first.DeliverAsync(new DeliverOrderCommand(order, [], "one")),
            () => second.DeliverAsync(new DeliverOrderCommand(order, [], "two")));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal("orders.illegal_transition", Assert.Single(results, r => !r.Succeeded).FirstError?.Code);
        Assert.Equal("delivered", await _world.StatusAsync(order));
        Assert.Equal(1, (await _world.EventsAsync(order)).Count(e => e == "delivered"));
    }

    [Fact]
    public async Task Accepting_while_a_revision_is_requested_ends_in_one_of_the_two()
    {
        var order = await _world.DeliveredAsync();
        var accept = _world.Orders(_world.Buyer);
        var revise = _world.Orders(_world.Buyer);

        var results = await AtOnceAsync(() => accept.AcceptAsync(order), () => revise.RequestRevisionAsync(order, "Brighter"));

        Assert.Single(results, r => r.Succeeded);
        var status = await _world.StatusAsync(order);
        Assert.Contains(status, new[] { "completed", "revision_requested" });
        Assert.Equal(status == "completed" ? 0 : 1, await _db.ScalarAsync<int>("SELECT revisions_used FROM orders WHERE id = $1", order));
        Assert.Equal(status == "completed", await _db.ScalarAsync<bool>("SELECT buyer_approved FROM orders WHERE id = $1", order));
    }

    [Fact]
    public async Task Cancelling_twice_at_once_refunds_once()
    {
        var order = await _world.PlaceAsync();
        var buyer = _world.Orders(_world.Buyer);
        var admin = _world.Orders(_world.Admin);

        var results = await AtOnceAsync(async () => await buyer.CancelAsync(order, "mine"), async () => await admin.CancelAsync(order, "admin"));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal("refunded", await _world.StatusAsync(order));
        Assert.Equal(["sale", "refund"], await _world.PostingsAsync(order));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }
}
