using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Ledger;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Seeding;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Domain.Taxonomy;

namespace ProducersAvenue.Web.Hosting;

/// <summary>
/// Verbs of <c>ProducersAvenue.Web</c>:
/// <list type="bullet">
/// <item><c>migrate [--seed-demo]</c>: apply migrations as the owner role (they grant the app and jobs roles), seed master data
/// (idempotent), copy trigger settings into platform_settings and, with --seed-demo, the demo community when the database has no members.</item>
/// <item><c>seed --users N --posts N [--follows-per-user N] [--likes N] [--comments N] [--products N] [--services N] [--seed N]</c>: the bulk
/// community for load tests (<see cref="BulkSeeder"/>), into a migrated database.</item>
/// <item><c>avatars DIR</c>: write the demo members' generated SVG avatars (see <c>scripts/generate-avatars.sh</c>).</item>
/// <item><c>ledger-check</c>: recompute every wallet from the ledger and compare (<see cref="LedgerCheck"/>); prints the result and
/// exits 1 on any difference.</item>
/// </list>
/// </summary>
public static class CommandLine
{
    private static readonly string[] Verbs = ["migrate", "seed", "avatars", "ledger-check"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ProducersAvenue." + args[0]);
        var owner = app.Configuration.GetConnectionString("Owner") ?? app.Configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Owner is not set.");
        switch (args[0])
        {
            case "seed":
                if (!TryParseSeedOptions(args, out var options, out var error))
                {
                    await Console.Error.WriteLineAsync($"{error}\nusage: seed --users N --posts N [--follows-per-user 150] [--likes N] [--comments N] [--products N] [--services N] [--seed 42]");
                    return 2;
                }
                var result = await new BulkSeeder(owner, logger).SeedAsync(options);
                if (!result.Succeeded)
                {
                    await Console.Error.WriteLineAsync(result.FirstError!.Message);
                    return 1;
                }
                return 0;
            case "ledger-check":
                var report = await app.Services.GetRequiredService<LedgerCheck>().RunAsync();
                Console.WriteLine(report.Summary);
                foreach (var d in report.Differences)
                    Console.WriteLine($"  wallet of {d.UserId}: pending {d.BalancePending} (ledger {d.LedgerPending}), available {d.BalanceAvailable} (ledger {d.LedgerAvailable})");
                foreach (var posting in report.UnbalancedPostings) Console.WriteLine($"  posting {posting} does not sum to zero");
                return report.Holds ? 0 : 1;
            case "avatars":
                WriteAvatars(args.Length > 1 ? args[1] : "wwwroot-assets/avatars");
                return 0;
            default:
                await new DatabaseMigrator(owner, logger).MigrateAsync();
                // Seeding and settings run as the owner, like the migrations: the app role may not write master data.
                await using (var ownerSource = PersistenceServiceCollectionExtensions.BuildDataSource(owner))
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    var clock = app.Services.GetRequiredService<TimeProvider>();
                    var ownerContexts = new AppDbContextFactory(new AppDbContextPool(ownerSource, clock), CurrentUser.Anonymous());
                    var seeder = new Seeder(ownerContexts, scope.ServiceProvider.GetRequiredService<IPasswordHasher<ApplicationUser>>(),
                        scope.ServiceProvider.GetRequiredService<IFileStorage>(), clock);
                    await seeder.SeedMasterDataAsync();
                    await new PlatformSettingsWriter(new UnitOfWork(ownerContexts, app.Services.GetRequiredService<IOptions<DatabaseOptions>>()),
                        app.Services.GetRequiredService<IOptions<TaxonomyOptions>>(), app.Services.GetRequiredService<IOptions<SocialOptions>>(), clock).WriteAsync();
                    if (args.Contains("--seed-demo"))
                    {
                        await using var ownerDb = ownerContexts.CreateDbContext();
                        var stage = new DemoStage(app.Configuration, app.Configuration.GetConnectionString("Default")!, app.Configuration.GetConnectionString("Jobs"));
                        await DemoSeed.SeedAsync(seeder, stage, ownerDb, clock.GetUtcNow());
                    }
                }
                logger.LogInformation("Database ready.");
                return 0;
        }
    }

    private static bool TryParseSeedOptions(string[] args, out BulkSeedOptions options, out string error)
    {
        options = new BulkSeedOptions();
        error = "";
        for (var i = 1; i < args.Length; i++)
        {
            if (i + 1 >= args.Length || !long.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                error = $"{args[i]} needs a whole number.";
                return false;
            }
            switch (args[i++])
            {
                case "--users": options = options with { Users = (int)value }; break;
                case "--posts": options = options with { Posts = (int)value }; break;
                case "--follows-per-user": options = options with { FollowsPerUser = (int)value }; break;
                case "--likes": options = options with { Likes = value }; break;
                case "--comments": options = options with { Comments = value }; break;
                case "--products": options = options with { Products = (int)value }; break;
                case "--services": options = options with { Services = (int)value }; break;
                case "--seed": options = options with { Seed = (int)value }; break;
                default: error = $"Unknown option {args[i - 1]}."; return false;
            }
        }
        var invalid = options.Validate();
        if (invalid is not null) error = invalid;
        return invalid is null;
    }

    private static void WriteAvatars(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var member in DemoCommunity.Create(DateTimeOffset.UnixEpoch).Members)
        {
            File.WriteAllText(Path.Combine(directory, $"{member.Number}.svg"), DemoAvatar.Svg(member.Number, DemoAvatar.Initials(member.DisplayName)));
        }
    }
}
