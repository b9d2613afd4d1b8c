using Bunit;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Tests.Integration.Orders;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Orders;

namespace ProducersAvenue.Tests.Components.Orders;

/// <summary>
/// The order page in a member's words: a package with no revisions says it includes none (not "0 of 0 used" and "Every
/// included revision has been used."); asking to cancel takes an optional reason, said at the field when too long, that
/// the other side reads; a move refused because another tab moved the order first says so and keeps what was typed.
/// Real PostgreSQL.
/// </summary>
public sealed class TheOrderPageSaysWhatHappened : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private OrderWorld _world = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = await OrderWorld.CreateAsync(_db);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    private Task<Guid> OrderAsync(string status, int revisions = 1, string extra = "", string extraValues = "") => _db.ScalarAsync<Guid>($"""
        INSERT INTO orders (service_id, buyer_id, seller_id, package_name, package_price, delivery_days, revisions_included, status, due_at, created_at,
                            delivered_at, delivery_notes{extra})
        VALUES ($1, $2, $3, 'Single session', 100, 3, {revisions}, '{status}', $4 + interval '3 days', $4, $4, 'Notes'{extraValues}) RETURNING id
        """, _world.Service, _world.Buyer, _world.Seller, _world.Clock.GetUtcNow());

    private IRenderedComponent<OrderPage> Open(Guid order, Guid viewer)
    {
        this.UseDomain(_db, CurrentUser.For(viewer), _world.Clock.GetUtcNow());
        Render<MudPopoverProvider>();
        var page = Render<OrderPage>(p => p.Add(o => o.Id, order));
        page.WaitForElement("[data-testid=order-actions]");
        return page;
    }

    [Fact]
    public async Task A_package_without_revisions_says_it_includes_none()
    {
        var order = await OrderAsync("delivered", revisions: 0);

        var page = Open(order, _world.Buyer);

        Assert.Equal("no revisions", page.Find("[data-testid=order-revisions]").TextContent);
        Assert.Equal("This package includes no revisions.", page.Find("[data-testid=order-no-revisions]").TextContent.Trim());
        Assert.DoesNotContain("0 of 0", page.Markup);
    }

    [Fact]
    public async Task Asking_to_cancel_takes_an_optional_reason_said_at_its_field_when_too_long()
    {
        var order = await OrderAsync("in_progress");
        var page = Open(order, _world.Seller);
        var dialogs = Render<MudDialogProvider>();

        page.Find("[data-testid=order-cancel]").Click();
        dialogs.WaitForElement("[data-testid=order-cancel-reason]");
        Assert.Contains("The buyer reads it, and the timeline keeps it.", dialogs.Markup);
        dialogs.Find("[data-testid=order-cancel-reason]").Input(new string('x', Order.TextMaxLength + 1));
        dialogs.WaitForAssertion(() => Assert.Contains("Keep it within 10,000 characters.", dialogs.Markup));
        dialogs.Find("[data-testid=order-cancel-send]").Click();
        Assert.Null(await _db.ScalarAsync<Guid?>("SELECT cancellation_proposed_by FROM orders WHERE id = $1", order));

        dialogs.Find("[data-testid=order-cancel-reason]").Input("  Too busy this week  ");
        dialogs.Find("[data-testid=order-cancel-send]").Click();

        page.WaitForElement("[data-testid=order-cancel-asked]");
        Assert.Equal((_world.Seller, "Too busy this week"), (
            (await _db.ScalarAsync<Guid?>("SELECT cancellation_proposed_by FROM orders WHERE id = $1", order))!.Value,
            (await _db.ScalarAsync<string>("SELECT note FROM order_events WHERE order_id = $1 AND kind = 'cancellation_proposed'", order))!));
        Assert.Contains("Too busy this week", page.Find("[data-testid=order-timeline]").TextContent);
    }

    [Fact]
    public async Task The_other_side_reads_the_reason_in_the_request()
    {
        var order = await OrderAsync("in_progress", extra: ", cancellation_proposed_by, cancellation_reason",
            extraValues: ", $3, 'Too busy this week'");

        var page = Open(order, _world.Buyer);

        Assert.Equal("Too busy this week", page.Find("[data-testid=order-cancel-proposed-reason]").TextContent);
        Assert.StartsWith("The seller asks to cancel this order:", page.Find("[data-testid=order-cancel-proposed]").TextContent.Trim());
    }

    [Fact]
    public async Task A_delivery_another_tab_made_first_is_said_and_what_this_tab_typed_is_kept()
    {
        var order = await OrderAsync("in_progress");
        var page = Open(order, _world.Seller);
        var dialogs = Render<MudDialogProvider>();
        page.Find("[data-testid=order-notes]").Change("Mix v1: vocals up 2 dB");

        // The other tab delivers; this one has not heard of it yet.
        OrderWorld.Must(await _world.Orders(_world.Seller).DeliverAsync(new DeliverOrderCommand(order, [], "From the other tab")));
        page.Find("[data-testid=order-deliver]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Deliver now?", dialogs.Markup));
        dialogs.FindAll("button").First(b => b.TextContent.Trim() == "Deliver").Click();

        page.WaitForAssertion(() => Assert.Equal("This order was already delivered, perhaps from another tab or window. The page now shows the delivery.",
            page.Find("[data-testid=order-error]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=order-deliver]"));
        Assert.Equal("From the other tab", page.Find("[data-testid=order-delivery-notes]").TextContent);
        Assert.Equal("Mix v1: vocals up 2 dB", page.Find("[data-testid=order-unsent-text]").TextContent);

        page.Find("[data-testid=order-unsent-discard]").Click();
        Assert.Empty(page.FindAll("[data-testid=order-unsent]"));
    }

    [Fact]
    public async Task Delivering_says_it_withdraws_the_sellers_request_to_cancel()
    {
        var order = await OrderAsync("in_progress", extra: ", cancellation_proposed_by", extraValues: ", $3");
        var page = Open(order, _world.Seller);
        var dialogs = Render<MudDialogProvider>();
        page.Find("[data-testid=order-notes]").Change("Mix v1");

        page.Find("[data-testid=order-deliver]").Click();

        dialogs.WaitForAssertion(() => Assert.EndsWith("Delivering withdraws your request to cancel.", dialogs.Find(".mud-dialog-content").TextContent.Trim()));
    }
}
