using Bunit;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Integration.Orders;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Orders;

namespace ProducersAvenue.Tests.Components.Orders;

/// <summary>
/// A seller with 25 orders sees the newest 20 and the totals of all 25; "Load more" adds the other 5 and goes away, on real
/// PostgreSQL. Without a side in the address, a member who only sells, or whose only active orders are sales, lands on Selling. The rows are the list's own markup,
/// each status a chip of markup, not a component per row (decision 110).
/// </summary>
public sealed class TheOrdersPageLoadsMore : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private OrderWorld _world = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var world = _world = await OrderWorld.CreateAsync(_db);
        await _db.ExecuteAsync("""
            INSERT INTO orders (service_id, buyer_id, seller_id, package_name, package_price, delivery_days, revisions_included, status, created_at)
            SELECT $1, $2, $3, 'Standard', 100, 3, 1, 'pending', now() - i * interval '1 hour' FROM generate_series(1, 25) i
            """, world.Service, world.Buyer, world.Seller);
        this.UseDomain(_db, CurrentUser.For(world.Seller), DateTimeOffset.UtcNow);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Twenty_orders_then_the_rest_and_the_totals_count_all()
    {
        var page = Render<OrdersPage>();
        page.WaitForAssertion(() => Assert.Equal(20, page.FindAll("[data-testid=order-row]").Count));
        Assert.Equal("page", page.Find("[data-testid=tab-selling]").GetAttribute("aria-current")); // only sells: opens on Selling
        Assert.Equal("25", page.Find("[data-testid=orders-active]").TextContent);
        Assert.All(page.FindAll("[data-testid=order-row]"), row => Assert.Equal("Waiting for the seller", row.QuerySelector("[data-testid=order-status]")!.TextContent));
        Assert.Empty(page.FindComponents<MudChip<string>>());

        await page.Find("[data-testid=orders-more]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal(25, page.FindAll("[data-testid=order-row]").Count));
        Assert.Empty(page.FindAll("[data-testid=orders-more]"));
    }

    [Fact]
    public async Task A_seller_with_an_old_finished_purchase_still_opens_on_the_sales_under_way()
    {
        var other = await _db.InsertAsync("""
            INSERT INTO services (seller_id, title, slug, service_type, status) VALUES ($1, 'Vocal tuning', 'vocal-tuning-old', 'mixing', 'active') RETURNING id
            """, _world.Buyer);
        await _db.ExecuteAsync("""
            INSERT INTO orders (service_id, buyer_id, seller_id, package_name, package_price, delivery_days, revisions_included, status, created_at, completed_at)
            VALUES ($1, $2, $3, 'Basic', 30, 2, 0, 'completed', now() - interval '30 days', now() - interval '25 days')
            """, other, _world.Seller, _world.Buyer);

        var page = Render<OrdersPage>();

        page.WaitForAssertion(() => Assert.Equal("page", page.Find("[data-testid=tab-selling]").GetAttribute("aria-current")));
        Assert.Equal("25", page.Find("[data-testid=orders-active]").TextContent);
    }
}
