using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>Ordering one's own service, an unknown package, a price that changed, requirements too long or unanswered, someone else's file: a clear error, nothing written.</summary>
public sealed class OrderingRefusesBadInput : OrderWorldTest
{
    private async Task<string?> OrderAsync(Guid member, string package, long shownCents, string? requirements = "Stems in the folder",
        IReadOnlyList<string>? files = null)
    {
        var started = await World.As(member).Get<OrderCheckout>().StartAsync(new PlaceOrderCommand(World.Service, package, shownCents, requirements, files ?? []));
        Assert.False(started.Succeeded);
        Assert.Equal(0, await Db.ScalarAsync<long>("SELECT count(*) FROM transactions"));
        return started.FirstError!.Code + "|" + started.FirstError.Field;
    }

    [Fact]
    public async Task Each_bad_order_gets_its_own_message_at_its_field()
    {
        Assert.Equal("orders.buyer_is_seller|", await OrderAsync(World.Seller, "Standard", OrderWorld.StandardCents));
        Assert.Equal("orders.package_not_found|Package", await OrderAsync(World.Buyer, "Deluxe", OrderWorld.StandardCents));
        Assert.Equal("orders.price_changed|Package", await OrderAsync(World.Buyer, "Standard", 9000));
        Assert.Equal("orders.requirements_too_long|Requirements", await OrderAsync(World.Buyer, "Standard", OrderWorld.StandardCents, new string('x', 5001)));
        Assert.Equal("orders.requirements_required|Requirements", await OrderAsync(World.Buyer, "Standard", OrderWorld.StandardCents, " \n "));
        Assert.Equal("orders.file_not_allowed|Files",
            await OrderAsync(World.Buyer, "Standard", OrderWorld.StandardCents, files: [$"private-order/{World.Seller:N}/stems.zip"]));
        Assert.Equal(0, await Db.ScalarAsync<long>("SELECT count(*) FROM orders"));
    }

    [Fact]
    public async Task A_service_that_asks_nothing_is_ordered_without_an_answer()
    {
        await Db.ExecuteAsync("UPDATE services SET buyer_requirements = NULL WHERE id = $1", World.Service);

        var started = await World.As(World.Buyer).Get<OrderCheckout>().StartAsync(
            new PlaceOrderCommand(World.Service, "Standard", OrderWorld.StandardCents, null, []));

        Assert.True(started.Succeeded, started.FirstError?.Message);
    }

    [Fact]
    public async Task A_block_either_way_refuses_the_order()
    {
        await Db.ExecuteAsync("INSERT INTO user_blocks (blocker_id, blocked_id) VALUES ($1, $2)", World.Seller, World.Buyer);

        Assert.Equal("orders.blocked|", await OrderAsync(World.Buyer, "Standard", OrderWorld.StandardCents));
    }

    [Theory]
    [InlineData("paused")] // the seller paused the service
    [InlineData("blocked")] // the seller blocked the buyer (decision 136)
    public async Task A_checkout_paid_after_the_seller_stopped_taking_it_is_refunded_and_places_no_order(string meanwhile)
    {
        var started = await World.As(World.Buyer).Get<OrderCheckout>().StartAsync(
            new PlaceOrderCommand(World.Service, "Standard", OrderWorld.StandardCents, "Stems in the folder", []));
        var transaction = Guid.Parse(started.Value!.RedirectUrl["/checkout/pay/".Length..]);
        if (meanwhile == "paused") await Db.ExecuteAsync("UPDATE services SET status = 'paused' WHERE id = $1", World.Service);
        else await Db.ExecuteAsync("INSERT INTO user_blocks (blocker_id, blocked_id) VALUES ($1, $2)", World.Seller, World.Buyer);

        var paid = await World.As(World.Buyer).Get<SandboxCheckout>().PayAsync(transaction, SandboxCards.Success);

        Assert.Equal(meanwhile == "paused" ? OrdersErrors.StoppedBeforePayment : OrdersErrors.Blocked, paid.FirstError);
        Assert.Equal(0, await Db.ScalarAsync<long>("SELECT count(*) FROM orders"));
        Assert.Equal("refunded", await Db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", transaction));
        // No sale: the charge and its refund are posted as what they are, and leave every balance as it was (decision 305).
        Assert.Equal("payment_held,payment_returned", await Db.ScalarAsync<string>(
            "SELECT string_agg(kind, ',' ORDER BY kind) FROM ledger_postings"));
        Assert.Equal(1, await Db.ScalarAsync<long>(
            "SELECT count(*) FROM notifications WHERE user_id = $1 AND title LIKE 'Your payment for “Mixing your song — Standard” is refunded'", World.Buyer));
    }

    [Fact]
    public async Task The_order_form_quotes_the_named_package_the_first_without_a_name_and_none_for_an_unknown_one()
    {
        var checkout = World.As(World.Buyer).Get<OrderCheckout>();

        var unlimited = (await checkout.QuoteAsync(World.Service, "Unlimited"))!;
        Assert.Equal(("Unlimited", 30000L), (unlimited.Package.Name, unlimited.PriceCents));
        Assert.Equal("Standard", (await checkout.QuoteAsync(World.Service, null))!.Package.Name);
        Assert.Equal("Standard", (await checkout.QuoteAsync(World.Service, ""))!.Package.Name);
        Assert.Null(await checkout.QuoteAsync(World.Service, "Deluxe"));
        // A package renamed since the link was made is still a service on offer (the form says so); no service is none.
        Assert.True(await checkout.IsOnOfferAsync(World.Service));
        Assert.False(await checkout.IsOnOfferAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task A_price_change_after_the_page_loaded_is_caught()
    {
        await Db.ExecuteAsync("""
            UPDATE services SET packages = '[{"name": "Standard", "price": 120, "delivery_days": 3, "revisions": 1, "features": []}]' WHERE id = $1
            """, World.Service);

        var started = await World.As(World.Buyer).Get<OrderCheckout>().StartAsync(
            new PlaceOrderCommand(World.Service, "Standard", OrderWorld.StandardCents, "Stems in the folder", []));

        Assert.Equal("The price of this package changed to $120.00 since the page loaded. Check it and order again.", started.FirstError?.Message);
    }

    [Fact]
    public async Task An_unlimited_package_is_snapshotted_with_the_configured_revision_cap()
    {
        var order = await World.PlaceAsync("Unlimited", 30000);

        Assert.Equal(10, await Db.ScalarAsync<int>("SELECT revisions_included FROM orders WHERE id = $1", order));
    }

    [Fact]
    public async Task Delivering_nothing_or_a_revision_beyond_the_cap_changes_nothing()
    {
        var order = await World.PlaceAsync();
        OrderWorld.Must(await World.Orders(World.Seller).StartAsync(order));

        Assert.Equal("orders.delivery_empty", (await World.Orders(World.Seller).DeliverAsync(new DeliverOrderCommand(order, [], " "))).FirstError?.Code);
        OrderWorld.Must(await World.Orders(World.Seller).DeliverAsync(new DeliverOrderCommand(order, [], "v1")));
        OrderWorld.Must(await World.Orders(World.Buyer).RequestRevisionAsync(order, "Brighter"));
        OrderWorld.Must(await World.Orders(World.Seller).StartAsync(order));
        OrderWorld.Must(await World.Orders(World.Seller).DeliverAsync(new DeliverOrderCommand(order, [], "v2")));

        var beyond = await World.Orders(World.Buyer).RequestRevisionAsync(order, "Brighter still");

        Assert.Equal("orders.no_revisions_left", beyond.FirstError?.Code);
        Assert.Equal(("delivered", 1), ((await World.StatusAsync(order))!, await Db.ScalarAsync<int>("SELECT revisions_used FROM orders WHERE id = $1", order)));
        Assert.Equal(2, (await World.EventsAsync(order)).Count(e => e == "delivered"));
    }

    [Fact]
    public async Task Text_with_nul_bytes_and_lone_surrogates_is_stored_cleaned_at_every_step()
    {
        var started = await World.As(World.Buyer).Get<OrderCheckout>().StartAsync(
            new PlaceOrderCommand(World.Service, "Standard", OrderWorld.StandardCents, "Stems\0 in " + (char)0xD800 + " the folder", []));
        Assert.True(started.Succeeded, started.FirstError?.Message);
        var transaction = Guid.Parse(started.Value!.RedirectUrl["/checkout/pay/".Length..]);
        var order = (await World.As(World.Buyer).Get<SandboxCheckout>().PayAsync(transaction, SandboxCards.Success)).Value!.OrderId!.Value;
        OrderWorld.Must(await World.Orders(World.Seller).StartAsync(order));
        OrderWorld.Must(await World.Orders(World.Seller).DeliverAsync(new DeliverOrderCommand(order, [], "Mix\0 v1")));
        OrderWorld.Must(await World.Orders(World.Buyer).RequestRevisionAsync(order, "Bright\0er"));
        OrderWorld.Must(await World.Orders(World.Buyer).CancelAsync(order, "Chang\0ed my mind"));

        Assert.Equal("Stems in \uFFFD the folder", await Db.ScalarAsync<string>("SELECT requirements FROM orders WHERE id = $1", order));
        Assert.Equal(["Mix v1", "Brighter", "Changed my mind"], await Db.ListAsync<string>(
            "SELECT note FROM order_events WHERE order_id = $1 AND kind IN ('delivered', 'revision_requested', 'cancellation_proposed') ORDER BY created_at, seq", order));
    }
}
