using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// A busy seller's dashboard: the totals count every order on the side (not a first batch), the list comes a page at a
/// time without gaps or repeats, and each status filter is applied by the database before paging.
/// </summary>
public sealed class OrderDashboardsPageAndCountEverything : IAsyncLifetime
{
    private TestDb _db = null!;
    private OrderWorld _world = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = await OrderWorld.CreateAsync(_db);
        // 250 orders, newest first by created_at: every fifth in progress and late, every fifth in progress and due
        // within a day, every fifth delivered, every fifth completed, every fifth refunded.
        await _db.ExecuteAsync("""
            INSERT INTO orders (service_id, buyer_id, seller_id, package_name, package_price, delivery_days, revisions_included, status, due_at, created_at)
            SELECT $1, $2, $3, 'Standard', 100, 3, 1,
                   (ARRAY['in_progress', 'in_progress', 'delivered', 'completed', 'refunded'])[i % 5 + 1],
                   CASE i % 5 WHEN 0 THEN $4::timestamptz - interval '1 day' WHEN 1 THEN $4::timestamptz + interval '1 day' END,
                   $4::timestamptz - i * interval '1 hour'
            FROM generate_series(1, 250) i
            """, _world.Service, _world.Buyer, _world.Seller, _world.Clock.GetUtcNow());
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<OrderDashboard> SellingAsync(OrderFilter filter = OrderFilter.All, string? cursor = null) =>
        _world.As(_world.Seller).Get<OrderQueries>().DashboardAsync(selling: true, filter, cursor);

    [Fact]
    public async Task The_totals_count_all_250_orders_and_the_list_pages_through_them()
    {
        var first = await SellingAsync();
        Assert.Equal((150, 50, 50), (first.Active, first.DueSoon, first.Late));
        Assert.Equal(OrderQueries.PageSize, first.Orders.Items.Count);

        var seen = new List<Guid>(first.Orders.Items.Select(o => o.Id));
        var cursor = first.Orders.NextCursor;
        while (cursor is not null)
        {
            var page = await SellingAsync(cursor: cursor);
            seen.AddRange(page.Orders.Items.Select(o => o.Id));
            cursor = page.Orders.NextCursor;
        }
        Assert.Equal(250, seen.Count);
        Assert.Equal(250, seen.Distinct().Count());
    }

    [Theory]
    [InlineData(OrderFilter.Active, 150)]
    [InlineData(OrderFilter.Delivered, 50)]
    [InlineData(OrderFilter.Late, 50)]
    [InlineData(OrderFilter.Completed, 50)]
    [InlineData(OrderFilter.Cancelled, 50)]
    public async Task A_filter_is_applied_before_paging(OrderFilter filter, int expected)
    {
        var count = 0;
        string? cursor = null;
        do
        {
            var page = await SellingAsync(filter, cursor);
            Assert.All(page.Orders.Items, o => Assert.True(filter switch
            {
                OrderFilter.Active => o.Status is OrderStatus.InProgress or OrderStatus.Delivered,
                OrderFilter.Delivered => o.Status == OrderStatus.Delivered,
                OrderFilter.Late => o.IsLate,
                OrderFilter.Completed => o.Status == OrderStatus.Completed,
                _ => o.Status == OrderStatus.Refunded,
            }, $"{o.Status} listed under {filter}"));
            count += page.Orders.Items.Count;
            cursor = page.Orders.NextCursor;
        } while (cursor is not null);
        Assert.Equal(expected, count);
    }

    [Fact]
    public async Task The_buyers_side_is_the_same_orders_and_a_stranger_sees_none()
    {
        var buying = await _world.As(_world.Buyer).Get<OrderQueries>().DashboardAsync(selling: false);
        Assert.Equal(150, buying.Active);
        Assert.Empty((await _world.As(_world.Stranger).Get<OrderQueries>().DashboardAsync(selling: true)).Orders.Items);
        Assert.Empty((await _world.As(_world.Stranger).Get<OrderQueries>().DashboardAsync(selling: false)).Orders.Items);
    }
}
