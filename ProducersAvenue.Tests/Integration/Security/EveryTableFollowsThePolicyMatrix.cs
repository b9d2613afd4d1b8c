using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Security;

/// <summary>
/// Runs every cell of <see cref="PolicyMatrix"/>: each table × caller × operation, as that caller, straight against
/// PostgreSQL (no services), each try in its own rolled-back transaction.
/// </summary>
public sealed class EveryTableFollowsThePolicyMatrix : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Every_cell_of_the_matrix_holds_when_run_as_that_caller()
    {
        var world = await SecurityWorld.CreateAsync(_db);
        var wrong = new List<string>();
        foreach (var (table, expected) in PolicyMatrix.Tables)
        {
            var probe = SecurityWorld.Probes[table];
            foreach (var operation in Enum.GetValues<Operation>())
            {
                var sql = world.Sql(probe.Sql(operation));
                foreach (var caller in world.Callers)
                {
                    var rows = await caller.TryAsync(_db, sql);
                    var succeeded = rows is >= 1;
                    if (succeeded != expected.Allows(operation, caller.Name))
                        wrong.Add($"{table} {operation} as {caller.Name}: expected {(expected.Allows(operation, caller.Name) ? "allowed" : "refused")}, got {(rows is null ? "refused (42501)" : $"{rows} row(s)")}");
                }
            }
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} cell(s) differ from the matrix:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task Every_table_in_the_database_has_a_line_in_the_matrix_and_a_probe()
    {
        var tables = await _db.ListAsync<string>("""
            SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname IN ('public', 'auth')
            """);

        Assert.Empty(tables.Except(PolicyMatrix.Tables.Keys));
        Assert.Empty(tables.Except(SecurityWorld.Probes.Keys));
        Assert.Empty(PolicyMatrix.Tables.Keys.Except(tables));
    }
}
