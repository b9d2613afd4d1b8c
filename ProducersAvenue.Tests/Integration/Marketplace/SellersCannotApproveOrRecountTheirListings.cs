using Npgsql;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>
/// Row Level Security lets a seller update their own listing; the guard trigger keeps the approval, the counters, the
/// seller and "deleted" out of their reach when they write SQL past the service, while admins and counters still work.
/// </summary>
public sealed class SellersCannotApproveOrRecountTheirListings : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _seller;
    private Guid _product;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("guarded_seller");
        _product = Guid.CreateVersion7();
        await _db.ScalarAsync<int>(
            "INSERT INTO products (id, seller_id, title, slug, price, status, is_approved) VALUES ($1, $2, 'Held', 'held', 10, 'active', false) RETURNING 1",
            _product, _seller);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<PostgresException?> AsSellerAsync(string sql)
    {
        await using var services = _db.As(_seller);
        await using var db = services.Contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        try
        {
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, sql, _product);
            await transaction.CommitAsync();
            return null;
        }
        catch (PostgresException e)
        {
            return e;
        }
    }

    [Theory]
    [InlineData("UPDATE products SET is_approved = true WHERE id = {0}")]
    [InlineData("UPDATE products SET views_count = 9999 WHERE id = {0}")]
    [InlineData("UPDATE products SET rating_average = 5, reviews_count = 40 WHERE id = {0}")]
    public async Task A_seller_writing_past_the_service_is_refused(string sql)
    {
        var refused = await AsSellerAsync(sql);

        Assert.Equal("42501", refused?.SqlState);
        Assert.False(await _db.ScalarAsync<bool>("SELECT is_approved FROM products WHERE id = $1", _product));
        Assert.Equal(0, await _db.ScalarAsync<int>("SELECT views_count FROM products WHERE id = $1", _product));
    }

    [Fact]
    public async Task A_deleted_listing_stays_deleted_but_the_seller_may_still_edit_their_words()
    {
        Assert.Null(await AsSellerAsync("UPDATE products SET title = 'Held back', status = 'deleted' WHERE id = {0}"));

        Assert.Equal("42501", (await AsSellerAsync("UPDATE products SET status = 'active' WHERE id = {0}"))?.SqlState);
        Assert.Equal("deleted", await _db.ScalarAsync<string>("SELECT status FROM products WHERE id = $1", _product));
    }

    [Fact]
    public async Task An_admin_approves_and_views_are_still_counted()
    {
        var admin = await _db.CreateUserAsync("guard_admin", Domain.Profiles.UserRole.Admin);
        await using (var services = _db.As(admin, Domain.Profiles.UserRole.Admin))
        await using (var db = services.Contexts.CreateDbContext())
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database,
                "UPDATE products SET is_approved = true WHERE id = {0}", _product);
            await transaction.CommitAsync();
        }
        var viewer = await _db.CreateUserAsync("guard_viewer");

        Assert.True(await _db.As(viewer).Get<ProductService>().RecordViewAsync(_product));
        Assert.Equal(1, await _db.ScalarAsync<int>("SELECT views_count FROM products WHERE id = $1", _product));
    }
}
