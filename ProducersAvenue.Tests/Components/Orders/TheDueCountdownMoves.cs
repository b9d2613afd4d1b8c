using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Integration.Orders;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Orders;

namespace ProducersAvenue.Tests.Components.Orders;

/// <summary>
/// An order's page left open counts down: its "Due in" words follow the clock each minute, and once the order falls due it
/// says "Late by" and offers the buyer the cancellation a late order allows — without a reload. Real PostgreSQL, fake clock.
/// </summary>
public sealed class TheDueCountdownMoves : BunitContext, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private TestDb _db = null!;
    private Guid _order;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var world = await OrderWorld.CreateAsync(_db);
        _order = await _db.ScalarAsync<Guid>("""
            INSERT INTO orders (service_id, buyer_id, seller_id, package_name, package_price, delivery_days, revisions_included, status, due_at, created_at)
            VALUES ($1, $2, $3, 'Standard', 100, 3, 1, 'in_progress', $4 + interval '3 minutes', $4 - interval '3 days') RETURNING id
            """, world.Service, world.Buyer, world.Seller, Now);
        this.UseDomain(_db, CurrentUser.For(world.Buyer), Now);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public void The_open_page_counts_down_then_says_late_and_offers_the_buyer_to_cancel_at_once()
    {
        var clock = (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();
        var page = Render<OrderPage>(p => p.Add(o => o.Id, _order));
        page.WaitForAssertion(() => Assert.Equal("Due in 3 min", page.Find("[data-testid=order-due]").TextContent));
        Assert.Equal("Ask to cancel", page.Find("[data-testid=order-cancel]").TextContent);

        clock.Advance(TimeSpan.FromMinutes(1));
        page.WaitForAssertion(() => Assert.Equal("Due in 2 min", page.Find("[data-testid=order-due]").TextContent));

        clock.Advance(TimeSpan.FromMinutes(3));
        page.WaitForAssertion(() => Assert.Equal("Late by 1 min", page.Find("[data-testid=order-due]").TextContent));
        page.WaitForAssertion(() => Assert.Equal("Cancel the order and refund", page.Find("[data-testid=order-cancel]").TextContent));
    }
}
