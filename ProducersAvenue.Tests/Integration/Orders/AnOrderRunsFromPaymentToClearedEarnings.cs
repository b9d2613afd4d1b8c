using ProducersAvenue.Domain.Finance.Wallets;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// The whole flow on real PostgreSQL (decision 200): paid through the sandbox checkout, the order is placed with its
/// snapshot and the seller's share waits in pending — with no release date while the order runs — then start, deliver,
/// one revision, deliver again, accept; the clearing job releases the share 7 days after the completion, not before.
/// </summary>
public sealed class AnOrderRunsFromPaymentToClearedEarnings : IAsyncLifetime
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
    public async Task The_happy_path_posts_the_sale_pending_and_clears_it_seven_days_after_completion()
    {
        var order = await _world.PlaceAsync();

        // Placed: pending, with the package snapshotted and the sale posted into the seller's pending balance.
        Assert.Equal("pending", await _world.StatusAsync(order));
        Assert.Equal(("Standard", 100m, 3, 1, "Stems in the folder"), (
            (await _db.ScalarAsync<string>("SELECT package_name FROM orders WHERE id = $1", order))!,
            await _db.ScalarAsync<decimal>("SELECT package_price FROM orders WHERE id = $1", order),
            await _db.ScalarAsync<int>("SELECT delivery_days FROM orders WHERE id = $1", order),
            await _db.ScalarAsync<int>("SELECT revisions_included FROM orders WHERE id = $1", order),
            (await _db.ScalarAsync<string>("SELECT requirements FROM orders WHERE id = $1", order))!));
        Assert.Equal(("service_purchase", "completed", (int)OrderWorld.StandardCents), (
            (await _db.ScalarAsync<string>("SELECT transaction_type FROM transactions WHERE related_id = $1", order))!,
            (await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE related_id = $1", order))!,
            await _db.ScalarAsync<int>("SELECT amount_total FROM transactions WHERE related_id = $1", order)));
        Assert.Equal(["sale"], await _world.PostingsAsync(order));
        Assert.Equal((OrderWorld.SellerCents, 0), (await _world.PendingAsync(_world.Seller), await _world.AvailableAsync(_world.Seller)));
        // The wallet's "On hold" lists the order's share, with no date until the order completes.
        var held = Assert.Single(await _world.As(_world.Seller).Get<WalletQueries>().PendingAsync());
        Assert.Equal(("Mixing your song — Standard", OrderWorld.SellerCents, (DateTimeOffset?)null), (held.Title, held.AmountSeller, held.ReleasesAt));
        Assert.Contains("@mix_buyer ordered “Mixing your song” (Standard)",
            await _db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1 AND type = 'order'", _world.Seller));

        // Weeks pass while the order is pending: nothing clears.
        _world.Clock.Advance(TimeSpan.FromDays(10));
        Assert.Equal(0, await _world.System().Get<WalletClearing>().ReleaseDueAsync());

        OrderWorld.Must(await _world.Orders(_world.Seller).StartAsync(order));
        Assert.Equal(_world.Clock.GetUtcNow().AddDays(3).UtcDateTime, await _db.ScalarAsync<DateTime>("SELECT due_at FROM orders WHERE id = $1", order));
        OrderWorld.Must(await _world.Orders(_world.Seller).DeliverAsync(new DeliverOrderCommand(order, [], "First mix")));
        OrderWorld.Must(await _world.Orders(_world.Buyer).RequestRevisionAsync(order, "More vocals"));
        OrderWorld.Must(await _world.Orders(_world.Seller).StartAsync(order));
        OrderWorld.Must(await _world.Orders(_world.Seller).DeliverAsync(new DeliverOrderCommand(order, [], "Second mix")));
        Assert.Equal((OrderWorld.SellerCents, 0), (await _world.PendingAsync(_world.Seller), await _world.AvailableAsync(_world.Seller)));

        OrderWorld.Must(await _world.Orders(_world.Buyer).AcceptAsync(order));
        var completedAt = _world.Clock.GetUtcNow();
        Assert.Equal(("completed", true, 1), (
            (await _world.StatusAsync(order))!,
            await _db.ScalarAsync<bool>("SELECT buyer_approved FROM orders WHERE id = $1", order),
            await _db.ScalarAsync<int>("SELECT revisions_used FROM orders WHERE id = $1", order)));
        Assert.Equal(["placed", "started", "delivered", "revision_requested", "started", "delivered", "accepted"], await _world.EventsAsync(order));

        Assert.Equal(completedAt.AddDays(7), Assert.Single(await _world.As(_world.Seller).Get<WalletQueries>().PendingAsync()).ReleasesAt);

        // Cleared 7 days after the completion, not a minute before, and once.
        _world.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await _world.System().Get<WalletClearing>().ReleaseDueAsync());
        _world.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await _world.System().Get<WalletClearing>().ReleaseDueAsync());
        Assert.Equal(0, await _world.System().Get<WalletClearing>().ReleaseDueAsync());
        Assert.Equal(["sale", "clearing"], await _world.PostingsAsync(order));
        Assert.Equal((0, OrderWorld.SellerCents), (await _world.PendingAsync(_world.Seller), await _world.AvailableAsync(_world.Seller)));
        Assert.Equal(completedAt.UtcDateTime, await _db.ScalarAsync<DateTime>("SELECT completed_at FROM orders WHERE id = $1", order));

        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task Each_step_tells_the_other_side_in_the_app_and_by_email()
    {
        var order = await _world.DeliveredAsync();
        OrderWorld.Must(await _world.Orders(_world.Buyer).AcceptAsync(order));

        Assert.Equal(["The seller started your order", "Your order of “Mixing your song” is placed", "Your order was delivered"],
            (await _db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1 AND related_id = $2", _world.Buyer, order)).Order());
        Assert.Contains("The buyer accepted your delivery",
            await _db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1 AND related_id = $2", _world.Seller, order));
        Assert.Contains("Your order was delivered", await _db.ListAsync<string>("SELECT subject FROM email_outbox WHERE to_address = 'mix_buyer@example.test'"));
        Assert.Contains("The buyer accepted your delivery", await _db.ListAsync<string>("SELECT subject FROM email_outbox WHERE to_address = 'mix_seller@example.test'"));
    }

    [Fact]
    public async Task The_service_counts_its_orders_its_completion_rate_and_its_response_time()
    {
        var completed = await _world.PlaceAsync();
        _world.Clock.Advance(TimeSpan.FromHours(4));
        OrderWorld.Must(await _world.Orders(_world.Seller).StartAsync(completed));
        OrderWorld.Must(await _world.Orders(_world.Seller).DeliverAsync(new DeliverOrderCommand(completed, [], "Mix")));
        OrderWorld.Must(await _world.Orders(_world.Buyer).AcceptAsync(completed));
        var cancelled = await _world.PlaceAsync();
        _world.Clock.Advance(TimeSpan.FromHours(1));
        OrderWorld.Must(await _world.Orders(_world.Buyer).CancelAsync(cancelled, "Found someone else"));
        var waiting = await _world.PlaceAsync();
        _world.Clock.Advance(TimeSpan.FromHours(10));
        OrderWorld.Must(await _world.Orders(_world.Seller).StartAsync(waiting));

        // 3 orders; 1 completed of 2 finished = 50%; started after 4 h and 10 h = 7 h on average.
        Assert.Equal((3, 50.00m, 7), (
            await _db.ScalarAsync<int>("SELECT orders_count FROM services WHERE id = $1", _world.Service),
            await _db.ScalarAsync<decimal>("SELECT completion_rate FROM services WHERE id = $1", _world.Service),
            await _db.ScalarAsync<int>("SELECT response_time_hours FROM services WHERE id = $1", _world.Service)));
        // The seller's list of services says so.
        var card = Assert.Single(await _world.As(_world.Seller).Get<ServiceListingService>().BySellerAsync(_world.Seller), s => s.Id == _world.Service);
        Assert.Equal(3, card.OrdersCount);
    }

    [Fact]
    public async Task The_order_page_shows_the_timeline_and_the_due_date_to_both_parties_and_nobody_else()
    {
        var order = await _world.PlaceAsync();
        OrderWorld.Must(await _world.Orders(_world.Seller).StartAsync(order));

        var asBuyer = await _world.As(_world.Buyer).Get<OrderQueries>().OrderAsync(order);
        var asSeller = await _world.As(_world.Seller).Get<OrderQueries>().OrderAsync(order);
        var asAdmin = await _world.As(_world.Admin).Get<OrderQueries>().OrderAsync(order);

        Assert.Equal((OrderActor.Buyer, OrderActor.Seller, OrderActor.Admin), (asBuyer!.Viewer, asSeller!.Viewer, asAdmin!.Viewer));
        Assert.Equal([OrderEventKind.Placed, OrderEventKind.Started], asBuyer.Timeline.Select(e => e.Kind));
        Assert.Equal(_world.Clock.GetUtcNow().AddDays(3), asBuyer.DueAt);
        // Written once and read on every member's clock: the time left, not a UTC time.
        Assert.Equal("Due in 3 days", asBuyer.Timeline[1].Note);
        Assert.Equal("Delivery is due within 3 days.", await _db.ScalarAsync<string>(
            "SELECT message FROM notifications WHERE user_id = $1 AND related_id = $2 AND title = 'The seller started your order'", _world.Buyer, order));
        Assert.Equal("Send your stems and a reference track.", asBuyer.BuyerRequirementsPrompt);
        Assert.Null(await _world.As(_world.Stranger).Get<OrderQueries>().OrderAsync(order));

        var selling = await _world.As(_world.Seller).Get<OrderQueries>().DashboardAsync(selling: true);
        Assert.Equal((1, OrderWorld.SellerCents), (selling.Active, selling.EarningsInProgressCents));
        Assert.Equal([order], selling.Orders.Items.Select(o => o.Id));
        Assert.Empty((await _world.As(_world.Seller).Get<OrderQueries>().DashboardAsync(selling: false)).Orders.Items);
        Assert.Equal([order], (await _world.As(_world.Buyer).Get<OrderQueries>().DashboardAsync(selling: false)).Orders.Items.Select(o => o.Id));
    }
}
