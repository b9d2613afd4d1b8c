using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ProducersAvenue.Domain.Persistence;

/// <summary>
/// Applies migrations as the owner role (which has BYPASSRLS: scripts/lib.sh). The migrations themselves grant
/// <c>pa_app</c> and <c>pa_jobs</c> what they need, table by table and function by function (decision 080). Then creates or
/// upgrades Hangfire's own schema (<see cref="JobsSchema"/>, decision 017). Run by <c>ProducersAvenue.Web migrate</c> and by the test fixtures.
/// </summary>
public sealed class DatabaseMigrator(string ownerConnectionString, ILogger logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var dataSource = PersistenceServiceCollectionExtensions.BuildDataSource(ownerConnectionString);
        var options = PersistenceServiceCollectionExtensions.ConfigureOptions(new DbContextOptionsBuilder<AppDbContext>(), dataSource).Options;
        await using var db = new AppDbContext(options);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0) logger.LogInformation("Applying {Count} migration(s): {Names}", pending.Count, string.Join(", ", pending));
        await db.Database.MigrateAsync(cancellationToken);
        await JobsSchema.InstallAsync(dataSource, cancellationToken);
    }
}
