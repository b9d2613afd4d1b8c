using Npgsql;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>
/// The parties of an order may read and manage it through Row Level Security, but they cannot place one around the
/// checkout (an order exists only once paid: the money path places it as <c>pa_jobs</c>), and <c>trg_orders_guard</c>
/// keeps its state, parties and package out of their reach: a buyer cannot place an order that is already completed (and
/// so earn a "verified" service review), nor complete one, nor change its price; the order flow can.
/// </summary>
public sealed class PartiesCannotForgeAnOrdersState : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _seller;
    private Guid _buyer;
    private Guid _service;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("order_seller");
        _buyer = await _db.CreateUserAsync("order_buyer");
        _service = Guid.CreateVersion7();
        await _db.ScalarAsync<int>("""
            INSERT INTO services (id, seller_id, title, slug, description, service_type, packages, status)
            VALUES ($1, $2, 'Mixing', 'mixing-guarded', 'Mixing', 'mixing',
                    '[{"name": "Basic", "price": 50, "delivery_days": 2, "revisions": 1, "features": []}]', 'active') RETURNING 1
            """, _service, _seller);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<PostgresException?> AsAsync(Guid member, string sql, params object[] parameters)
    {
        await using var services = _db.As(member);
        await using var db = services.Contexts.CreateDbContext();
        try
        {
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, sql, parameters);
            return null;
        }
        catch (PostgresException e)
        {
            return e;
        }
    }

    private const string Place = """
        INSERT INTO orders (id, service_id, buyer_id, seller_id, package_name, package_price, delivery_days, revisions_included{3})
        VALUES ({0}, {1}, {2}, (SELECT seller_id FROM services WHERE id = {1}), 'Basic', 50, 2, 1{4})
        """;

    /// <summary>A paid, pending order of the service, as the money path places it.</summary>
    private async Task<Guid> PlacedAsync()
    {
        var order = Guid.CreateVersion7();
        await _db.ScalarAsync<int>("""
            INSERT INTO orders (id, service_id, buyer_id, seller_id, package_name, package_price, delivery_days, revisions_included)
            VALUES ($1, $2, $3, $4, 'Basic', 50, 2, 1) RETURNING 1
            """, order, _service, _buyer, _seller);
        return order;
    }

    [Fact]
    public async Task A_buyer_cannot_place_even_a_plain_pending_order_around_the_checkout()
    {
        var refused = await AsAsync(_buyer, string.Format(Place, "{0}", "{1}", "{2}", "", ""), Guid.CreateVersion7(), _service, _buyer);

        Assert.Equal("42501", refused?.SqlState);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM orders"));
    }

    [Theory]
    [InlineData(", status, completed_at", ", 'completed', now()")]
    [InlineData(", buyer_approved", ", true")]
    [InlineData(", delivered_at", ", now()")]
    public async Task A_buyer_cannot_place_an_order_that_is_already_under_way(string columns, string values)
    {
        var refused = await AsAsync(_buyer, string.Format(Place, "{0}", "{1}", "{2}", columns, values), Guid.CreateVersion7(), _service, _buyer);

        Assert.Equal("42501", refused?.SqlState);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM orders"));
    }

    [Fact]
    public async Task A_buyer_cannot_name_another_seller()
    {
        var refused = await AsAsync(_buyer, """
            INSERT INTO orders (service_id, buyer_id, seller_id, package_name, package_price, delivery_days, revisions_included)
            VALUES ({0}, {1}, {1}, 'Basic', 50, 2, 1)
            """, _service, _buyer);

        Assert.Equal("42501", refused?.SqlState);
    }

    [Theory]
    [InlineData("UPDATE orders SET status = 'completed', completed_at = now() WHERE id = {0}")]
    [InlineData("UPDATE orders SET package_price = 1 WHERE id = {0}")]
    [InlineData("UPDATE orders SET revisions_included = 99 WHERE id = {0}")]
    public async Task Neither_party_changes_a_placed_orders_state_or_package(string sql)
    {
        var order = await PlacedAsync();

        Assert.Equal("42501", (await AsAsync(_buyer, sql, order))?.SqlState);
        Assert.Equal("42501", (await AsAsync(_seller, sql, order))?.SqlState);
        Assert.Equal("pending", await _db.ScalarAsync<string>("SELECT status FROM orders WHERE id = $1", order));
        Assert.Equal(50m, await _db.ScalarAsync<decimal>("SELECT package_price FROM orders WHERE id = $1", order));
    }

    [Fact]
    public async Task The_buyer_still_edits_the_requirements_and_the_order_flow_moves_the_state()
    {
        var order = await PlacedAsync();

        Assert.Null(await AsAsync(_buyer, "UPDATE orders SET requirements = 'Vocals up front' WHERE id = {0}", order));
        // The order flow's functions run as the owner, which the guard lets through.
        await _db.ScalarAsync<int>("UPDATE orders SET status = 'in_progress' WHERE id = $1 RETURNING 1", order);
        Assert.Equal("Vocals up front", await _db.ScalarAsync<string>("SELECT requirements FROM orders WHERE id = $1", order));
        Assert.Equal("in_progress", await _db.ScalarAsync<string>("SELECT status FROM orders WHERE id = $1", order));
    }

    [Theory]
    [InlineData("UPDATE services SET orders_count = 500 WHERE id = {0}")]
    [InlineData("UPDATE services SET rating_average = 5, reviews_count = 40 WHERE id = {0}")]
    [InlineData("UPDATE services SET completion_rate = 100, response_time_hours = 1 WHERE id = {0}")]
    public async Task A_seller_cannot_write_the_counts_buyers_trust(string sql)
    {
        Assert.Equal("42501", (await AsAsync(_seller, sql, _service))?.SqlState);
        Assert.Equal(0, await _db.ScalarAsync<int>("SELECT orders_count + reviews_count FROM services WHERE id = $1", _service));
        Assert.Null(await AsAsync(_seller, "UPDATE services SET title = 'Mixing and mastering' WHERE id = {0}", _service));
    }
}
