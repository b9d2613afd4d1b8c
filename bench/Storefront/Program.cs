using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProducersAvenue.Domain;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Persistence;

// The storefront's queries at scale: the real StorefrontQueries (the SQL /market sends, Row Level Security on, as a
// signed-out visitor) called by N concurrent workers for D seconds per scenario, against a bulk-seeded database.
// Prints p50, p95, requests/s and p95 as a multiple of a baseline measured in the same run (one "SELECT 1" command
// through the same pool and caller interceptor). Usage: StorefrontBench <connection string> [seconds] [workers].
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: StorefrontBench <pa_app connection string> [seconds=10] [workers=50]");
    return 2;
}
var connectionString = args[0];
var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
var workers = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
if (new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Host is not ("127.0.0.1" or "localhost" or "::1"))
{
    Console.Error.WriteLine("the benchmark only talks to a database on this machine (127.0.0.1, localhost, ::1)");
    return 2;
}

var services = new ServiceCollection();
var configuration = new ConfigurationBuilder().Build();
services.AddSingleton<IConfiguration>(configuration);
services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
services.AddSingleton(TimeProvider.System);
services.AddSingleton<ICurrentUser>(CurrentUser.Anonymous());
services.AddAppDatabase(new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = workers + 10 }.ConnectionString);
services.AddProducersAvenueDomain(configuration);
await using var provider = services.BuildServiceProvider();

// A cursor five pages deep into the newest listings, for the "deep page" scenario.
string? deep;
await using (var scope = provider.CreateAsyncScope())
{
    var store = scope.ServiceProvider.GetRequiredService<StorefrontQueries>();
    deep = null;
    for (var i = 0; i < 5; i++) deep = (await store.SearchAsync(new StorefrontFilter(), deep)).NextCursor;
}

var scenarios = new (string Name, Func<StorefrontQueries, Task> Run)[]
{
    ("everything, newest (the /market landing list)", s => s.SearchAsync(new StorefrontFilter())),
    ("everything, newest, 5 pages deep", s => s.SearchAsync(new StorefrontFilter(), deep)),
    ("products, genre trap, BPM 130-150", s => s.SearchAsync(new StorefrontFilter { Kind = StorefrontKind.Products, Genre = "trap", BpmMin = 130, BpmMax = 150 })),
    ("products, key F minor, commercial, $10-$40", s => s.SearchAsync(new StorefrontFilter
        { Kind = StorefrontKind.Products, Key = "F minor", License = LicenseType.Commercial, PriceMin = 10, PriceMax = 40 })),
    ("free only", s => s.SearchAsync(new StorefrontFilter { FreeOnly = true })),
    ("popular", s => s.SearchAsync(new StorefrontFilter { Sort = StorefrontSort.Popular })),
    ("price low to high", s => s.SearchAsync(new StorefrontFilter { Sort = StorefrontSort.PriceLow })),
    ("services, mixing by best rated", s => s.SearchAsync(new StorefrontFilter { Kind = StorefrontKind.Services, Sort = StorefrontSort.BestRated })),
    ("mentoring", s => s.SearchAsync(new StorefrontFilter { Kind = StorefrontKind.Mentoring })),
    ("search a common word (\"trap\")", s => s.SearchAsync(new StorefrontFilter { Q = "trap" })),
    ("search a common word, free, BPM 80-100", s => s.SearchAsync(new StorefrontFilter { Q = "loops", FreeOnly = true, BpmMin = 80, BpmMax = 100 })),
    ("search a rare word (\"theremin\")", s => s.SearchAsync(new StorefrontFilter { Q = "theremin" })),
    ("featured shelf", s => s.FeaturedAsync()),
};

Console.WriteLine($"{workers} workers, {seconds} s per scenario, as a signed-out visitor (RLS on)");
Console.WriteLine($"{"scenario",-48} {"p50 ms",8} {"p95 ms",8} {"req/s",8} {"p95 ÷ baseline",15}");
var baseline = await MeasureAsync(async sp =>
{
    await using var db = await sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
    await db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\"").ToListAsync();
});
Print("baseline: SELECT 1 through the same pool", baseline, baseline.P95);
foreach (var (name, run) in scenarios)
    Print(name, await MeasureAsync(sp => run(sp.GetRequiredService<StorefrontQueries>())), baseline.P95);
return 0;

async Task<Result> MeasureAsync(Func<IServiceProvider, Task> call)
{
    // Warm up (plans, pool), then every worker calls in a loop until the time is up.
    await using (var warm = provider.CreateAsyncScope()) for (var i = 0; i < 3; i++) await call(warm.ServiceProvider);
    var latencies = new List<double>[workers];
    var stop = Stopwatch.StartNew();
    var deadline = TimeSpan.FromSeconds(seconds);
    await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
    {
        var mine = latencies[w] = [];
        await using var scope = provider.CreateAsyncScope();
        while (stop.Elapsed < deadline)
        {
            var started = Stopwatch.GetTimestamp();
            await call(scope.ServiceProvider);
            mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }));
    var all = latencies.SelectMany(l => l).Order().ToArray();
    return new Result(Percentile(all, 0.50), Percentile(all, 0.95), all.Length / stop.Elapsed.TotalSeconds);
}

static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

static void Print(string name, Result r, double baselineP95) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-48} {r.P50,8:F1} {r.P95,8:F1} {r.PerSecond,8:F0} {r.P95 / baselineP95,15:F1}"));

internal sealed record Result(double P50, double P95, double PerSecond);
