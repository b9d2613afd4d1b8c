using Npgsql;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Persistence.Interceptors;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Security;

/// <summary>
/// One caller of the policy tests, straight against PostgreSQL (no services): the login role it connects as and the
/// caller the application would name (<see cref="CallerInterceptor.CallStatement"/>, the same words the app sends).
/// </summary>
public sealed record PolicyCaller(string Name, string LoginRole, Guid? UserId, UserRole Role = UserRole.Member, DatabaseCaller Kind = DatabaseCaller.Request)
{
    public string CallStatement => CallerInterceptor.CallStatement(
        UserId is { } id ? CurrentUser.For(id, Role) : CurrentUser.Anonymous(), Kind);

    public string ConnectionString(TestDb db) => TestDatabase.ConnectionString(db.Name, LoginRole);

    /// <summary>
    /// Runs <paramref name="sql"/> as this caller in a transaction that is rolled back, so every try starts from the same
    /// data. Returns the rows the statement touched or counted, or null when PostgreSQL refused it (42501: no privilege
    /// or a row-security check).
    /// </summary>
    public async Task<long?> TryAsync(TestDb db, string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(db));
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var call = new NpgsqlCommand(CallStatement, connection, transaction)) await call.ExecuteNonQueryAsync();
        try
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            if (sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
                return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            return await command.ExecuteNonQueryAsync();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            return null;
        }
        finally
        {
            await transaction.RollbackAsync();
        }
    }
    /// <summary>
    /// The plan PostgreSQL makes for <paramref name="sql"/> as this caller, one line per row of <c>EXPLAIN</c> with
    /// <paramref name="options"/>; <paramref name="setup"/> runs first in the same (rolled-back) transaction.
    /// </summary>
    public async Task<IReadOnlyList<string>> ExplainAsync(TestDb db, string sql, string options = "COSTS off", string? setup = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(db));
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var call = new NpgsqlCommand(CallStatement + (setup is null ? "" : "; " + setup), connection, transaction))
            await call.ExecuteNonQueryAsync();
        await using var explain = new NpgsqlCommand($"EXPLAIN ({options}) {sql}", connection, transaction);
        await using var reader = await explain.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return lines;
    }

    /// <summary>
    /// What this caller reads through <paramref name="view"/> and through <paramref name="table"/> under its policy: both
    /// row counts, and how many ids are in one and not the other.
    /// </summary>
    public async Task<(long? ThroughView, long? ThroughPolicy, long? Differ)> CompareWithPolicyAsync(TestDb db, string view, string table) =>
        (await TryAsync(db, $"SELECT count(*) FROM {view}"),
         await TryAsync(db, $"SELECT count(*) FROM {table}"),
         await TryAsync(db, $"SELECT count(*) FROM ((SELECT id FROM {view} EXCEPT SELECT id FROM {table}) UNION ALL (SELECT id FROM {table} EXCEPT SELECT id FROM {view})) d"));
}
