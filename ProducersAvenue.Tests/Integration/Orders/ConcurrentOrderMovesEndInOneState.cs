using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// Two clicks at once meet at the order's row lock: one wins, the other gets a clear error and the order stays in one
/// consistent state — delivering twice delivers once; accepting while a revision is requested does one of the two;
/// cancelling twice refunds once.
/// </summary>
public sealed class ConcurrentOrderMovesEndInOneState : OrderWorldTest
{
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
        var order = await World.PlaceAsync();
        OrderWorld.Must(await World.Orders(World.Seller).StartAsync(order));
        var first = World.Orders(World.Seller);
        var second = World.Orders(World.Seller);

        var results = await AtOnceAsync(
            () => first.DeliverAsync(new DeliverOrderCommand(order, [], "one")),
            () => second.DeliverAsync(new DeliverOrderCommand(order, [], "two")));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal("orders.illegal_transition", Assert.Single(results, r => !r.Succeeded).FirstError?.Code);
        Assert.Equal("delivered", await World.StatusAsync(order));
        Assert.Equal(1, (await World.EventsAsync(order)).Count(e => e == "delivered"));
    }

    [Fact]
    public async Task Accepting_while_a_revision_is_requested_ends_in_one_of_the_two()
    {
        var order = await World.DeliveredAsync();
        var accept = World.Orders(World.Buyer);
        var revise = World.Orders(World.Buyer);

        var results = await AtOnceAsync(() => accept.AcceptAsync(order), () => revise.RequestRevisionAsync(order, "Brighter"));

        Assert.Single(results, r => r.Succeeded);
        var status = await World.StatusAsync(order);
        Assert.Contains(status, new[] { "completed", "revision_requested" });
        Assert.Equal(status == "completed" ? 0 : 1, await Db.ScalarAsync<int>("SELECT revisions_used FROM orders WHERE id = $1", order));
        Assert.Equal(status == "completed", await Db.ScalarAsync<bool>("SELECT buyer_approved FROM orders WHERE id = $1", order));
    }

    [Fact]
    public async Task Cancelling_twice_at_once_refunds_once()
    {
        var order = await World.PlaceAsync();
        var buyer = World.Orders(World.Buyer);
        var admin = World.Orders(World.Admin);

        var results = await AtOnceAsync(async () => await buyer.CancelAsync(order, "mine"), async () => await admin.CancelAsync(order, "admin"));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal("refunded", await World.StatusAsync(order));
        Assert.Equal(["sale", "refund"], await World.PostingsAsync(order));
        var check = await World.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }
}
