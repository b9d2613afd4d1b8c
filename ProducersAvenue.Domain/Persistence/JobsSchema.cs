using Hangfire.PostgreSql;
using Npgsql;

namespace ProducersAvenue.Domain.Persistence;

/// <summary>
/// Hangfire's tables live in their own schema, <c>hangfire</c>, created and upgraded by Hangfire.PostgreSql's installer
/// when the database is migrated (as the owner), never by the running app. The jobs role may read and write the rows
/// and nothing else; the app role has no access (decision 017).
/// </summary>
public static class JobsSchema
{
    public const string Name = "hangfire";

    private const string Grants = $"""
        REVOKE ALL ON SCHEMA {Name} FROM PUBLIC;
        GRANT USAGE ON SCHEMA {Name} TO {PersistenceServiceCollectionExtensions.JobsRole};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {Name} TO {PersistenceServiceCollectionExtensions.JobsRole};
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {Name} TO {PersistenceServiceCollectionExtensions.JobsRole};
        """;

    /// <summary>Creates or upgrades the schema (idempotent: the installer skips versions already applied) and grants the jobs role.</summary>
    public static async Task InstallAsync(NpgsqlDataSource ownerDataSource, CancellationToken cancellationToken = default)
    {
        await using var connection = await ownerDataSource.OpenConnectionAsync(cancellationToken);
        PostgreSqlObjectsInstaller.Install(connection, Name);
        await using var grant = new NpgsqlCommand(Grants, connection);
        await grant.ExecuteNonQueryAsync(cancellationToken);
    }
}
