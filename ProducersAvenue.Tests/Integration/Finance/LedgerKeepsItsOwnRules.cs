using Npgsql;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// The ledger's last lines in the database (decision 190): a posting that does not sum to zero never commits, entries never
/// change, and a wallet balance cannot go below zero even for a writer that skips the service.
/// </summary>
public sealed class LedgerKeepsItsOwnRules : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _member;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _member = await _db.CreateUserAsync("ledger_member");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    /// <summary>Runs the statements (each may use $1 = <paramref name="id"/>) in one transaction as the jobs role, and commits.</summary>
    private async Task RunAsJobsAsync(Guid id, params string[] statements)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString(_db.Name, "pa_jobs"));
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            if (sql.Contains("$1", StringComparison.Ordinal)) command.Parameters.Add(new NpgsqlParameter { Value = id });
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    [Fact]
    public async Task A_posting_that_does_not_sum_to_zero_is_refused_at_commit()
    {
        var posting = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<PostgresException>(() => RunAsJobsAsync(posting,
            "INSERT INTO ledger_postings (id, kind) VALUES ($1, 'correction')",
            "INSERT INTO ledger_entries (posting_id, account, amount) VALUES ($1, 'processor_clearing', 100), ($1, 'platform_revenue', -99)"));

        Assert.Equal("23514", error.SqlState);
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM ledger_postings"));
    }

    [Fact]
    public async Task A_posting_with_a_single_entry_is_refused_too()
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => RunAsJobsAsync(Guid.NewGuid(), "INSERT INTO ledger_postings (id, kind) VALUES ($1, 'correction')"));

        Assert.Equal("23514", error.SqlState);
    }

    [Fact]
    public async Task Entries_never_change_not_even_for_the_owner()
    {
        var posting = Guid.NewGuid();
        await RunAsJobsAsync(posting,
            "INSERT INTO ledger_postings (id, kind) VALUES ($1, 'correction')",
            "INSERT INTO ledger_entries (posting_id, account, amount) VALUES ($1, 'processor_clearing', 100), ($1, 'platform_revenue', -100)");

        var update = await Assert.ThrowsAsync<PostgresException>(() => _db.ExecuteAsync("UPDATE ledger_entries SET amount = amount * 2 WHERE posting_id = $1", posting));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => _db.ExecuteAsync("DELETE FROM ledger_postings WHERE id = $1", posting));

        Assert.Equal(("42501", "42501"), (update.SqlState, delete.SqlState));
        Assert.Equal([-100L, 100L], await _db.ListAsync<long>("SELECT amount FROM ledger_entries WHERE posting_id = $1 ORDER BY amount", posting));
    }

    [Fact]
    public async Task A_wallet_cannot_go_below_zero_even_past_the_service()
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            RunAsJobsAsync(_member, "UPDATE wallets SET balance_available = balance_available - 1 WHERE user_id = $1"));

        Assert.Equal("23514", error.SqlState);
        Assert.Equal(0, await _db.ScalarAsync<int>("SELECT balance_available FROM wallets WHERE user_id = $1", _member));
    }
}
