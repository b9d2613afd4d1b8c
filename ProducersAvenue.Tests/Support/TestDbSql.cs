using Npgsql;

namespace ProducersAvenue.Tests.Support;

/// <summary>Raw SQL as the owner role, for arranging rows and reading the catalog in schema and trigger tests.</summary>
public static class TestDbSql
{
    public static async Task<int> ExecuteAsync(this TestDb db, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(db.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Inserts and returns the new row's id: the SQL must end with <c>RETURNING id</c>.</summary>
    public static async Task<Guid> InsertAsync(this TestDb db, string sql, params object[] parameters) =>
        await db.ScalarAsync<Guid>(sql, parameters) is var id && id != Guid.Empty ? id : throw new InvalidOperationException("No id returned.");

    public static async Task<List<string>> ColumnAsync(this TestDb db, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(db.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.IsDBNull(0) ? "" : reader.GetValue(0).ToString()!);
        return values;
    }

    /// <summary>
    /// The plan PostgreSQL would use for <paramref name="sql"/> (EXPLAIN, as the owner), with planner settings such as
    /// <c>enable_seqscan = off</c> applied for this one transaction: on a test's tiny tables, pricing a scan or a sort out
    /// shows whether an index can serve the statement at all.
    /// </summary>
    public static async Task<string> PlanAsync(this TestDb db, string sql, params string[] settings)
    {
        await using var connection = new NpgsqlConnection(db.OwnerConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var setting in settings)
        {
            await using var set = new NpgsqlCommand($"SET LOCAL {setting}", connection, transaction);
            await set.ExecuteNonQueryAsync();
        }
        await using var explain = new NpgsqlCommand("EXPLAIN " + sql, connection, transaction);
        await using var reader = await explain.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return string.Join("\n", lines);
    }

    /// <summary>The SQLSTATE of the statement's failure, or null when it succeeded.</summary>
    public static async Task<string?> SqlStateOfAsync(this TestDb db, string sql, params object[] parameters)
    {
        try
        {
            await db.ExecuteAsync(sql, parameters);
            return null;
        }
        catch (PostgresException e)
        {
            return e.SqlState;
        }
    }
}
