using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ProducersAvenue.Domain.Persistence;

/// <summary>
/// Applies migrations as the owner role, then grants the application and jobs roles what they need
/// (data access, never ownership). Run by <c>ProducersAvenue.Web migrate</c> and by the test fixtures.
/// </summary>
public sealed class DatabaseMigrator(string ownerConnectionString, IReadOnlyList<string> grantees, ILogger logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var dataSource = PersistenceServiceCollectionExtensions.BuildDataSource(ownerConnectionString);
        var options = PersistenceServiceCollectionExtensions.ConfigureOptions(new DbContextOptionsBuilder<AppDbContext>(), dataSource).Options;
        await using (var db = new AppDbContext(options))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0) logger.LogInformation("Applying {Count} migration(s): {Names}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }
        await GrantAsync(dataSource, cancellationToken);
    }

    private async Task GrantAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        foreach (var role in grantees.Distinct())
        {
            await using var exists = dataSource.CreateCommand("SELECT 1 FROM pg_roles WHERE rolname = $1");
            exists.Parameters.AddWithValue(role);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null) continue;

            var quoted = "\"" + role.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            await using var grant = dataSource.CreateCommand($"""
                GRANT USAGE ON SCHEMA public, auth TO {quoted};
                GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public, auth TO {quoted};
                GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public, auth TO {quoted};
                GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO {quoted};
                """);
            await grant.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
