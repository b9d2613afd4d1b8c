using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Persistence.Interceptors;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Security;

/// <summary>
/// Contexts are reused (decision 161): a context one member's operation gave back is the next caller's, and names only
/// them; one used while it is back in the pool, or one that was never leased to a caller, sends nothing.
/// </summary>
public sealed class PooledContextsNameOnlyTheirLease : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _ann;
    private Guid _ben;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _ann = await _db.CreateUserAsync("lease_ann");
        _ben = await _db.CreateUserAsync("lease_ben");
        await _db.ScalarAsync<int>("INSERT INTO notifications (user_id, type, title) VALUES ($1, 'like', 'for ann')", _ann);
        await _db.ScalarAsync<int>("INSERT INTO notifications (user_id, type, title) VALUES ($1, 'like', 'for ben'), ($1, 'like', 'for ben')", _ben);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_returned_context_is_leased_again_and_names_only_its_new_caller()
    {
        var pool = _db.Services().Get<AppDbContextPool>();

        var first = pool.Lease(CurrentUser.For(_ann), DatabaseCaller.Request);
        Assert.Equal(["for ann"], await first.Notifications.Select(n => n.Title).ToListAsync());
        await first.DisposeAsync();

        await using var second = pool.Lease(CurrentUser.For(_ben), DatabaseCaller.Request);
        Assert.Same(first, second);
        Assert.Equal(["for ben", "for ben"], await second.Notifications.Select(n => n.Title).ToListAsync());
        Assert.Equal(_ben, await second.Database.SqlQuery<Guid?>($"SELECT app_current_user_id() AS \"Value\"").SingleAsync());
    }

    [Fact]
    public async Task A_context_used_while_back_in_the_pool_sends_nothing()
    {
        var pool = _db.Services().Get<AppDbContextPool>();
        var context = pool.Lease(CurrentUser.For(_ann), DatabaseCaller.Request);
        await context.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => context.Notifications.CountAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(() =>
            context.Notifications.ExecuteUpdateAsync(s => s.SetProperty(n => n.IsRead, true)));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE is_read"));
    }

    [Fact]
    public async Task A_context_that_was_not_leased_to_a_caller_sends_nothing()
    {
        await using var dataSource = PersistenceServiceCollectionExtensions.BuildDataSource(_db.AppConnectionString);
        var options = PersistenceServiceCollectionExtensions.ConfigureOptions(new DbContextOptionsBuilder<AppDbContext>(), dataSource)
            .AddInterceptors(CallerInterceptor.Instance).Options;
        await using var context = new AppDbContext(options);

        var read = await Assert.ThrowsAsync<InvalidOperationException>(() => context.Notifications.CountAsync());
        Assert.Contains("without a caller", read.Message);
        var write = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            context.Notifications.ExecuteUpdateAsync(s => s.SetProperty(n => n.IsRead, true)));
        Assert.Contains("without a caller", write.Message);
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE is_read"));
    }
}
