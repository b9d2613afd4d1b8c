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
// through the same pool and caller interceptor), and each call's CPU time: this process's (the app's side of a call: EF,
// the caller interceptor, materialising rows) and, given the postmaster's PID, the PostgreSQL cluster's (its live
// backends and the ones it has reaped, from /proc). The storefront's page cache (decision 128) keeps pages for the given
// seconds: every scenario repeats one page, so with it on the calls after the first are cache hits plus the sellers'
// lookup; 0 measures the statements themselves.
// Usage: StorefrontBench <connection string> [seconds] [workers] [postmaster pid] [cache seconds] [visitor|member].
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: StorefrontBench <pa_app connection string> [seconds=10] [workers=50] [postmaster pid] [cache seconds=0] [visitor|member]");
    return 2;
}
var connectionString = args[0];
var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
var workers = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
var postmaster = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 0;
var cacheSeconds = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 0;
// "member": each worker calls as a different signed-in member (public profiles' users), whose pages with a private seller
// name that seller from the member's own view; "visitor" (the default): signed out, whose whole page the cache keeps.
var asMember = args.Length > 5 && args[5] == "member";
if (new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Host is not ("127.0.0.1" or "localhost" or "::1"))
{
    Console.Error.WriteLine("the benchmark only talks to a database on this machine (127.0.0.1, localhost, ::1)");
    return 2;
}

var services = new ServiceCollection();
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Marketplace:StorefrontCacheSeconds"] = cacheSeconds.ToString(CultureInfo.InvariantCulture),
}).Build();
services.AddSingleton<IConfiguration>(configuration);
services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
services.AddSingleton(TimeProvider.System);
List<Guid> members = [];
if (asMember)
{
    await using var connection = new Npgsql.NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var pick = new Npgsql.NpgsqlCommand(
        "CALL app_set_caller('', 'anonymous', ''); SELECT user_id FROM user_profiles WHERE profile_visibility = 'public' AND NOT is_banned ORDER BY created_at LIMIT " +
        workers.ToString(CultureInfo.InvariantCulture), connection);
    await using var reader = await pick.ExecuteReaderAsync();
    while (await reader.ReadAsync()) members.Add(reader.GetGuid(0));
}
// The caller of a worker's scope: set by the worker before it opens its scope.
var caller = new AsyncLocal<ICurrentUser?>();
services.AddScoped<ICurrentUser>(_ => caller.Value ?? CurrentUser.Anonymous());
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
    ("beats (a product kind, newest)", s => s.SearchAsync(new StorefrontFilter { Kind = StorefrontKind.Products, ProductKind = ProductKind.Beat })),
    ("beats, genre trap, BPM 130-150", s => s.SearchAsync(new StorefrontFilter
        { Kind = StorefrontKind.Products, ProductKind = ProductKind.Beat, Genre = "trap", BpmMin = 130, BpmMax = 150 })),
    ("MIDI, popular", s => s.SearchAsync(new StorefrontFilter { Kind = StorefrontKind.Products, ProductKind = ProductKind.Midi, Sort = StorefrontSort.Popular })),
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

Console.WriteLine($"{workers} workers, {seconds} s per scenario, as {(members.Count == 0 ? "a signed-out visitor" : $"{members.Count} signed-in members, one per worker")} (RLS on), storefront cache " +
    (cacheSeconds > 0 ? $"{cacheSeconds} s (pages after the first are hits)" : "off (every call runs the statement)"));
Console.WriteLine($"{"scenario",-48} {"p50 ms",8} {"p95 ms",8} {"req/s",8} {"p95 ÷ baseline",15} {"client CPU ms/call",19} {"db CPU ms/call",15}");
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
    caller.Value = members.Count > 0 ? CurrentUser.For(members[0]) : null;
    await using (var warm = provider.CreateAsyncScope()) for (var i = 0; i < 3; i++) await call(warm.ServiceProvider);
    var latencies = new List<double>[workers];
    var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
    var serverCpu = ServerCpuMs(postmaster);
    var stop = Stopwatch.StartNew();
    var deadline = TimeSpan.FromSeconds(seconds);
    await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
    {
        var mine = latencies[w] = [];
        caller.Value = members.Count > 0 ? CurrentUser.For(members[w % members.Count]) : null;
        await using var scope = provider.CreateAsyncScope();
        while (stop.Elapsed < deadline)
        {
            var started = Stopwatch.GetTimestamp();
            await call(scope.ServiceProvider);
            mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }));
    var elapsed = stop.Elapsed;
    var clientMs = (Process.GetCurrentProcess().TotalProcessorTime - clientCpu).TotalMilliseconds;
    var serverMs = ServerCpuMs(postmaster) - serverCpu;
    var all = latencies.SelectMany(l => l).Order().ToArray();
    var calls = Math.Max(1, all.Length);
    return new Result(Percentile(all, 0.50), Percentile(all, 0.95), all.Length / elapsed.TotalSeconds, clientMs / calls,
        postmaster > 0 ? serverMs / calls : null);
}

// The cluster's CPU time in ms: the postmaster's own and reaped children's (fields 14–17 of /proc/<pid>/stat) plus every
// live child's (14–15). Clock ticks are 100 per second on Linux.
static double ServerCpuMs(int postmaster)
{
    if (postmaster <= 0 || !File.Exists($"/proc/{postmaster}/stat")) return 0;
    static long[] Fields(string stat) => stat[(stat.LastIndexOf(')') + 2)..].Split(' ').Select(f => long.TryParse(f, out var v) ? v : 0).ToArray();
    // After the command name: field 3 (state) is index 0, so field n is index n - 3.
    var own = Fields(File.ReadAllText($"/proc/{postmaster}/stat"));
    var ticks = own[11] + own[12] + own[13] + own[14];
    foreach (var dir in Directory.EnumerateDirectories("/proc"))
    {
        if (!int.TryParse(Path.GetFileName(dir), out _)) continue;
        try
        {
            var child = Fields(File.ReadAllText(Path.Combine(dir, "stat")));
            if (child[1] == postmaster) ticks += child[11] + child[12];
        }
        catch (IOException)
        {
            // The process ended meanwhile: the postmaster's reaped-children fields count it.
        }
    }
    return ticks * 10.0;
}

static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

static void Print(string name, Result r, double baselineP95) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-48} {r.P50,8:F1} {r.P95,8:F1} {r.PerSecond,8:F0} {r.P95 / baselineP95,15:F1} {r.ClientCpuMs,19:F2} {(r.ServerCpuMs is { } db ? db.ToString("F2", CultureInfo.InvariantCulture) : "-"),15}"));

internal sealed record Result(double P50, double P95, double PerSecond, double ClientCpuMs, double? ServerCpuMs);
