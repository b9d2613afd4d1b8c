using Npgsql;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// The foreign keys and the non-unique secondary indexes of some tables, read from the catalog, dropped, and
/// recreated later exactly as they were (<c>pg_get_constraintdef</c>/<c>pg_get_indexdef</c>): a bulk load then
/// builds each index once (one sort instead of millions of inserts) and validates each foreign key with one join
/// instead of row by row. Primary keys and unique indexes stay: rows arrive in their key order, so they only append
/// (measured: rebuilding the 15M-row unique follow index took longer than appending to it).
/// Use inside a transaction, so a failure leaves the schema untouched.
/// </summary>
internal sealed class DeferredDdl(IReadOnlyList<string> restore)
{
    public static async Task<DeferredDdl> DropAsync(NpgsqlConnection connection, IReadOnlyList<string> tables)
    {
        const string Catalog = """
            SELECT 0 AS step, pg_get_indexdef(i.indexrelid), format('DROP INDEX %s', i.indexrelid::regclass)
            FROM pg_index i WHERE i.indrelid = ANY($1::text[]::regclass[]) AND NOT i.indisprimary AND NOT i.indisunique
            UNION ALL
            SELECT 1, format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)),
                   format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname)
            FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid = ANY($1::text[]::regclass[])
            ORDER BY 1, 2
            """;
        var create = new List<string>();
        var drop = new List<string>();
        await using (var command = new NpgsqlCommand(Catalog, connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = tables.ToArray() });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                create.Add(reader.GetString(1));
                drop.Add(reader.GetString(2));
            }
        }
        foreach (var statement in drop)
        {
            await using var command = new NpgsqlCommand(statement, connection);
            await command.ExecuteNonQueryAsync();
        }
        return new DeferredDdl(create);
    }

    /// <summary>Indexes first (the foreign key checks may use them), then foreign keys.</summary>
    public async Task RestoreAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        foreach (var statement in restore)
        {
            await using var command = new NpgsqlCommand(statement, connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
