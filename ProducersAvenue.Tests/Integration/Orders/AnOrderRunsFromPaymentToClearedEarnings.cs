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
public sealed class AnOrderRunsFromPaymentToClearedEarnings : OrderWorldTest
{
    [Fact]
    public async Task The_happy_path_posts_the_sale_pending_and_clears_it_seven_days_after_completion()
    {
        var order = await World.PlaceAsync();

        // Placed: pending, with the package snapshotted and the sale posted into the seller's pending balance.
        Assert.Equal("pending", await World.StatusAsync(order));
        Assert.Equal(("Standard", 100m, 3, 1, "Stems in the folder"), (
            (await Db.ScalarAsync<string>("SELECT package_name FROM orders WHERE id = $1", order))!,
            await Db.ScalarAsync<decimal>("SELECT package_price FROM orders WHERE id = $1", order),
            await Db.ScalarAsync<int>("SELECT delivery_days FROM orders WHERE id = $1", order),
            await Db.ScalarAsync<int>("SELECT revisions_included FROM orders WHERE id = $1", order),
            (await Db.ScalarAsync<string>("SELECT requirements FROM orders WHERE id = $1", order))!));
        Assert.Equal(("service_purchase", "completed", (int)OrderWorld.StandardCents), (
            (await Db.ScalarAsync<string>("SELECT transaction_type FROM transactions WHERE related_id = $1", order))!,
            (await Db.ScalarAsync<string>("SELECT status FROM transactions WHERE related_id = $1", order))!,
            await Db.ScalarAsync<int>("SELECT amount_total FROM transactions WHERE related_id = $1", order)));
        Assert.Equal(["sale"], await World.PostingsAsync(order));
        Assert.Equal((OrderWorld.SellerCents, 0), (await World.PendingAsync(World.Seller), await World.AvailableAsync(World.Seller)));
        // The wallet's "On hold" lists the order's share, with no date until the order completes.
        var held = Assert.Single(await World.As(World.Seller).Get<WalletQueries>().PendingAsync());
        Assert.Equal(("Mixing your song — Standard", OrderWorld.SellerCents, (DateTimeOffset?)null), (held.Title, held.AmountSeller, held.ReleasesAt));
        Assert.Contains("@mix_buyer ordered “Mixing your song” (Standard)",
            await Db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1 AND type = 'order'", World.Seller));

        // Weeks pass while the order is pending: nothing clears.
        World.Clock.Advance(TimeSpan.FromDays(10));
        Assert.Equal(0, await World.System().Get<WalletClearing>().ReleaseDueAsync());

        OrderWorld.Must(await World.Orders(World.Seller).StartAsync(order));
        Assert.Equal(World.Clock.GetUtcNow().AddDays(3).UtcDateTime, await Db.ScalarAsync<DateTime>("SELECT due_at FROM orders WHERE id = $1", order));
        OrderWorld.Must(await World.Orders(World.Seller).DeliverAsync(new DeliverOrderCommand(order, [], "First mix")));
        OrderWorld.Must(await World.Orders(World.Buyer).RequestRevisionAsync(order, "More vocals"));
        OrderWorld.Must(await World.Orders(World.Seller).StartAsync(order));
        OrderWorld.Must(await World.Orders(World.Seller).DeliverAsync(new DeliverOrderCommand(order, [], "Second mix")));
        Assert.Equal((OrderWorld.SellerCents, 0), (await World.PendingAsync(World.Seller), await World.AvailableAsync(World.Seller)));

        OrderWorld.Must(await World.Orders(World.Buyer).AcceptAsync(order));
        var completedAt = World.Clock.GetUtcNow();
        Assert.Equal(("completed", true, 1), (
            (await World.StatusAsync(order))!,
            await Db.ScalarAsync<bool>("SELECT buyer_approved FROM orders WHERE id = $1", order),
            await Db.ScalarAsync<int>("SELECT revisions_used FROM orders WHERE id = $1", order)));
        Assert.Equal(["placed", "started", "delivered", "revision_requested", "started", "delivered", "accepted"], await World.EventsAsync(order));

        Assert.Equal(completedAt.AddDays(7), Assert.Single(await World.As(World.Seller).Get<WalletQueries>().PendingAsync()).ReleasesAt);

        // Cleared 7 days after the completion, not a minute before, and once.
        World.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await World.System().Get<WalletClearing>().ReleaseDueAsync());
        World.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await World.System().Get<WalletClearing>().ReleaseDueAsync());
        Assert.Equal(0, await World.System().Get<WalletClearing>().ReleaseDueAsync());
        Assert.Equal(["sale", "clearing"], await World.PostingsAsync(order));
        Assert.Equal((0, OrderWorld.SellerCents), (await World.PendingAsync(World.Seller), await World.AvailableAsync(World.Seller)));
        Assert.Equal(completedAt.UtcDateTime, await Db.ScalarAsync<DateTime>("SELECT completed_at FROM orders WHERE id = $1", order));

        var check = await World.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task Each_step_tells_the_other_side_in_the_app_and_by_email()
    {
        var order = await World.DeliveredAsync();
        OrderWorld.Must(await World.Orders(World.Buyer).AcceptAsync(order));

        Assert.Equal(["The seller started your order of “Mixing your song”", "Your order of “Mixing your song” is placed", "Your order of “Mixing your song” was delivered"],
            (await Db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1 AND related_id = $2", World.Buyer, order)).Order());
        Assert.Contains("The buyer accepted your delivery of “Mixing your song”",
            await Db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1 AND related_id = $2", World.Seller, order));
        Assert.Contains("Your order of “Mixing your song” was delivered", await Db.ListAsync<string>("SELECT subject FROM email_outbox WHERE to_address = 'mix_buyer@example.test'"));
        Assert.Contains("The buyer accepted your delivery of “Mixing your song”", await Db.ListAsync<string>("SELECT subject FROM email_outbox WHERE to_address = 'mix_seller@example.test'"));
    }

    [Fact]
    public async Task The_service_counts_its_orders_its_completion_rate_and_its_response_time()
    {
        var completed = await World.PlaceAsync();
        World.Clock.Advance(TimeSpan.FromHours(4));
        OrderWorld.Must(await World.Orders(World.Seller).StartAsync(completed));
        OrderWorld.Must(await World.Orders(World.Seller).DeliverAsync(new DeliverOrderCommand(completed, [], "Mix")));
        OrderWorld.Must(await World.Orders(World.Buyer).AcceptAsync(completed));
        var cancelled = await World.PlaceAsync();
        World.Clock.Advance(TimeSpan.FromHours(1));
        OrderWorld.Must(await World.Orders(World.Buyer).CancelAsync(cancelled, "Found someone else"));
        var waiting = await World.PlaceAsync();
        World.Clock.Advance(TimeSpan.FromHours(10));
        OrderWorld.Must(await World.Orders(World.Seller).StartAsync(waiting));

        // 3 orders; 1 completed of 2 finished = 50%; started after 4 h and 10 h = 7 h on average.
        Assert.Equal((3, 50.00m, 7), (
            await Db.ScalarAsync<int>("SELECT orders_count FROM services WHERE id = $1", World.Service),
            await Db.ScalarAsync<decimal>("SELECT completion_rate FROM services WHERE id = $1", World.Service),
            await Db.ScalarAsync<int>("SELECT response_time_hours FROM services WHERE id = $1", World.Service)));
        // The seller's list of services says so.
        var card = Assert.Single(await World.As(World.Seller).Get<ServiceListingService>().BySellerAsync(World.Seller), s => s.Id == World.Service);
        Assert.Equal(3, card.OrdersCount);
    }

    [Fact]
    public async Task The_order_page_shows_the_timeline_and_the_due_date_to_both_parties_and_nobody_else()
    {
        var order = await World.PlaceAsync();
        OrderWorld.Must(await World.Orders(World.Seller).StartAsync(order));

        var asBuyer = await World.As(World.Buyer).Get<OrderQueries>().OrderAsync(order);
        var asSeller = await World.As(World.Seller).Get<OrderQueries>().OrderAsync(order);
        var asAdmin = await World.As(World.Admin).Get<OrderQueries>().OrderAsync(order);

        Assert.Equal((OrderActor.Buyer, OrderActor.Seller, OrderActor.Admin), (asBuyer!.Viewer, asSeller!.Viewer, asAdmin!.Viewer));
        Assert.Equal([OrderEventKind.Placed, OrderEventKind.Started], asBuyer.Timeline.Select(e => e.Kind));
        Assert.Equal(World.Clock.GetUtcNow().AddDays(3), asBuyer.DueAt);
        // Written once and read on every member's clock: the time left, not a UTC time.
        Assert.Equal("Due in 3 days", asBuyer.Timeline[1].Note);
        Assert.Equal("Delivery is due within 3 days.", await Db.ScalarAsync<string>(
            "SELECT message FROM notifications WHERE user_id = $1 AND related_id = $2 AND title = 'The seller started your order of “Mixing your song”'", World.Buyer, order));
        Assert.Equal("Send your stems and a reference track.", asBuyer.BuyerRequirementsPrompt);
        Assert.Null(await World.As(World.Stranger).Get<OrderQueries>().OrderAsync(order));

        var selling = await World.As(World.Seller).Get<OrderQueries>().DashboardAsync(selling: true);
        Assert.Equal((1, OrderWorld.SellerCents), (selling.Active, selling.EarningsInProgressCents));
        Assert.Equal([order], selling.Orders.Items.Select(o => o.Id));
        Assert.Empty((await World.As(World.Seller).Get<OrderQueries>().DashboardAsync(selling: false)).Orders.Items);
        Assert.Equal([order], (await World.As(World.Buyer).Get<OrderQueries>().DashboardAsync(selling: false)).Orders.Items.Select(o => o.Id));
    }
}
