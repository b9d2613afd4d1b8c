using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Seeding;

namespace ProducersAvenue.Web.Hosting;

/// <summary>
/// <c>ProducersAvenue.Web migrate [--seed-demo]</c>: apply migrations as the owner role, grant the app roles,
/// seed master data (idempotent), copy trigger settings into platform_settings and, with --seed-demo, the demo community when the database has no members.
/// </summary>
public static class CommandLine
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "migrate";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ProducersAvenue.Migrate");
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var owner = app.Configuration.GetConnectionString("Owner") ?? app.Configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Owner is not set.");

        await new DatabaseMigrator(owner, [options.AppRole, options.JobsRole], logger).MigrateAsync();

        await using var scope = app.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<Seeder>();
        await seeder.SeedMasterDataAsync();
        await scope.ServiceProvider.GetRequiredService<PlatformSettingsWriter>().WriteAsync();
        if (args.Contains("--seed-demo")) await seeder.SeedDemoAsync();
        logger.LogInformation("Database ready.");
        return 0;
    }
}
