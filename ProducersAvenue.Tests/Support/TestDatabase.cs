using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Seeding;

namespace ProducersAvenue.Tests.Support;

/// <summary>
/// Real PostgreSQL for tests: the cluster ./test.sh starts (PA_TEST_PG_PORT). Migrations and master data are applied
/// once to a template database; every <see cref="TestDb"/> is a fresh copy of it (CREATE DATABASE … TEMPLATE), dropped on dispose.
/// A copy takes a quarter to half a second under the suite's load — longer than most tests — so two copies are always
/// being made ahead, in the background, while the current test runs (a filtered run of 99 short tests: 50 s → 18 s).
/// </summary>
public static class TestDatabase
{
    private const string TemplateName = "pa_test_template";
    private static readonly SemaphoreSlim CreateLock = new(1, 1);
    private static Task? _template;
    private static readonly Queue<Task<string>> Next = new();
    private const int Ahead = 2;

    public static int Port => int.TryParse(Environment.GetEnvironmentVariable("PA_TEST_PG_PORT"), out var port)
        ? port
        : throw new InvalidOperationException("PA_TEST_PG_PORT is not set: run the tests through ./test.sh, which starts a throwaway PostgreSQL.");

    /// <summary>
    /// Commands may take 5 minutes rather than Npgsql's 30 s: the suite shares two cores with builds, and a statement that
    /// waits on a checkpoint (CREATE/DROP DATABASE) or writes 10,000 rows can exceed 30 s there without anything being wrong.
    /// </summary>
    public static string ConnectionString(string database, string user) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username={user};Include Error Detail=true;Maximum Pool Size=50;Command Timeout=300";

    public static async Task<TestDb> CreateAsync()
    {
        await CreateLock.WaitAsync();
        try
        {
            _template ??= CreateTemplateAsync();
            await _template;
            while (Next.Count < Ahead) Next.Enqueue(CopyTemplateAsync());
            var name = await Next.Dequeue();
            Next.Enqueue(CopyTemplateAsync());
            return new TestDb(name);
        }
        finally
        {
            CreateLock.Release();
        }
    }

    /// <summary>FILE_COPY copies the template's files after a checkpoint: about twice as fast here as WAL_LOG's page-by-page copy.</summary>
    private static async Task<string> CopyTemplateAsync()
    {
        var name = "pa_t_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {TemplateName} OWNER pa_owner STRATEGY FILE_COPY");
        return name;
    }

    /// <summary>
    /// Closes this database's idle pooled connections (the raw ones tests open; services' data sources are disposed with
    /// them) so that DROP has no backend to wait for, without touching any other database's pool — ClearAllPools would
    /// close every other test's and the E2E app's idle connections too, each then reconnecting to a cold backend.
    /// </summary>
    internal static async Task DropAsync(string name)
    {
        foreach (var user in new[] { "pa_app", "pa_owner", "pa_jobs" })
        {
            using var pooled = new NpgsqlConnection(ConnectionString(name, user));
            NpgsqlConnection.ClearPool(pooled);
        }
        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static async Task CreateTemplateAsync()
    {
        await ExecuteAsync($"DROP DATABASE IF EXISTS {TemplateName} WITH (FORCE)");
        await ExecuteAsync($"CREATE DATABASE {TemplateName} OWNER pa_owner");
        var owner = ConnectionString(TemplateName, "pa_owner");
        await new DatabaseMigrator(owner, NullLogger.Instance).MigrateAsync();
        await using (var services = TestServices.Build(ConnectionString(TemplateName, "pa_owner")))
        {
            await services.Seeder.SeedMasterDataAsync();
        }
        NpgsqlConnection.ClearAllPools();
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres", "postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
