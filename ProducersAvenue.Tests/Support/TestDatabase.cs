using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Seeding;

namespace ProducersAvenue.Tests.Support;

/// <summary>
/// Real PostgreSQL for tests: the cluster ./test.sh starts (PA_TEST_PG_PORT). Migrations and master data are applied
/// once to a template database; every <see cref="TestDb"/> is a fresh copy of it (CREATE DATABASE … TEMPLATE), dropped on dispose.
/// </summary>
public static class TestDatabase
{
    private const string TemplateName = "pa_test_template";
    private static readonly SemaphoreSlim CreateLock = new(1, 1);
    private static Task? _template;

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
            var name = "pa_t_" + Guid.NewGuid().ToString("N")[..16];
            await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {TemplateName} OWNER pa_owner");
            return new TestDb(name);
        }
        finally
        {
            CreateLock.Release();
        }
    }

    internal static async Task DropAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
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
