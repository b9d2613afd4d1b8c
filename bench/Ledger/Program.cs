using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using ProducersAvenue.Domain;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Ledger;
using ProducersAvenue.Domain.Persistence;

// Wallet-to-wallet transfers through the real money path at concurrency: each transfer is what a wallet purchase writes
// (a transactions row and its balanced sale posting through LedgerWriter, whose conditional updates refuse overdrafts),
// in the jobs role's unit of work. W workers make N transfers between M funded wallets, half of them touching one of H hot
// wallets. Prints transfers/s, p50 and p95 against a "SELECT 1" unit measured in the same run, then the books: negative
// balances, postings that do not sum to zero, wallets that differ from their entries.
// Usage: LedgerBench <pa_owner connection string> <pa_app connection string> [transfers=10000] [workers=64] [wallets=1000] [hot=10]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: LedgerBench <owner connection string> <app connection string> [transfers] [workers] [wallets] [hot]");
    return 2;
}
var (ownerCs, appCs) = (args[0], args[1]);
int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
var (transfers, workers, walletCount, hotCount) = (Arg(2, 10_000), Arg(3, 64), Arg(4, 1_000), Arg(5, 10));
foreach (var cs in new[] { ownerCs, appCs })
    if (new NpgsqlConnectionStringBuilder(cs).Host is not ("127.0.0.1" or "localhost" or "::1"))
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
services.AddAppDatabase(new NpgsqlConnectionStringBuilder(appCs) { MaxPoolSize = workers + 10 }.ConnectionString,
    new NpgsqlConnectionStringBuilder(appCs) { Username = PersistenceServiceCollectionExtensions.JobsRole, MaxPoolSize = workers + 10 }.ConnectionString);
services.AddProducersAvenueDomain(configuration);
await using var provider = services.BuildServiceProvider();
var ledger = provider.GetRequiredService<LedgerWriter>();

// Members (the signup trigger gives each a wallet), each funded with $500 through a cleared card sale.
const int Funding = 50_000;
var members = new List<Guid>();
await using (var owner = new NpgsqlConnection(ownerCs))
{
    await owner.OpenAsync();
    await using var insert = new NpgsqlCommand("""
        INSERT INTO auth.users (id, user_name, normalized_user_name, email, normalized_email, email_confirmed, phone_number_confirmed,
                                two_factor_enabled, lockout_enabled, access_failed_count)
        SELECT gen_random_uuid(), n, upper(n), n || '@bench.test', upper(n || '@bench.test'), true, false, false, true, 0
        FROM (SELECT 'ledger_bench_' || g AS n FROM generate_series(1, $1) g) u
        RETURNING id
        """, owner);
    insert.Parameters.Add(new NpgsqlParameter { Value = walletCount });
    await using var reader = await insert.ExecuteReaderAsync();
    while (await reader.ReadAsync()) members.Add(reader.GetGuid(0));
}
var platformBuyer = members[0];
var funded = Stopwatch.StartNew();
await Parallel.ForEachAsync(members.Skip(1), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (member, ct) =>
{
    await using var scope = provider.CreateAsyncScope();
    var money = scope.ServiceProvider.GetRequiredKeyedService<UnitOfWork>(UnitOfWork.Jobs);
    await money.RunAsync(async (db, token) =>
    {
        var sale = await InsertSaleAsync(db, platformBuyer, member, PaymentProcessor.Stripe, Funding, 0, 0, token);
        Must(await ledger.PostAsync(db, LedgerPosting.Sale(sale, platformBuyer, member, PaymentProcessor.Stripe, Funding, 0, 0, Funding, "bench funding"), token));
        Must(await ledger.PostAsync(db, LedgerPosting.Clearing(sale, member, Funding, 0, "bench funding cleared"), token));
    }, ct);
});
Console.WriteLine($"funded {members.Count - 1} wallets with {Money.Format(Funding)} each in {funded.Elapsed.TotalSeconds:F1} s");

var wallets = members.Skip(1).ToArray();
var hot = wallets.Take(hotCount).ToArray();
var baseline = await RunAsync(Math.Min(transfers, 2_000), async (money, _, _) =>
{
    await money.RunAsync((db, ct) => db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\"").ToListAsync(ct));
    return true;
});
var refused = 0;
var result = await RunAsync(transfers, async (money, random, i) =>
{
    // Half the transfers touch a hot wallet (as payer or payee); amounts $1–$60, some larger than a drained wallet holds.
    var from = i % 2 == 0 ? hot[random.Next(hot.Length)] : wallets[random.Next(wallets.Length)];
    var to = wallets[random.Next(wallets.Length)];
    if (to == from) to = wallets[(Array.IndexOf(wallets, from) + 1) % wallets.Length];
    if (random.Next(2) == 0) (from, to) = (to, from);
    var amount = 100 * random.Next(1, 61);
    var commission = amount / 10;
    var posted = await money.RunAsync<Result>(async (db, ct) =>
    {
        var sale = await InsertSaleAsync(db, from, to, PaymentProcessor.Wallet, amount, 0, commission, ct);
        var outcome = await ledger.PostAsync(db, LedgerPosting.Sale(sale, from, to, PaymentProcessor.Wallet, amount, 0, commission, amount - commission, "bench transfer"), ct);
        return outcome.Succeeded ? Result.Success() : outcome.FirstError!;
    });
    if (!posted.Succeeded) Interlocked.Increment(ref refused);
    return posted.Succeeded;
});

Console.WriteLine($"{workers} workers, {transfers} transfers between {wallets.Length} wallets, half touching {hot.Length} hot wallets");
Console.WriteLine($"{"",-34} {"p50 ms",8} {"p95 ms",8} {"per s",8} {"p95 ÷ baseline",15}");
Print("baseline: SELECT 1 in a jobs unit", baseline, baseline.P95);
Print("transfer (row + posting + wallets)", result, baseline.P95);
Console.WriteLine($"refused for insufficient funds: {refused}");

await using (var owner = new NpgsqlConnection(ownerCs))
{
    await owner.OpenAsync();
    async Task<long> Count(string sql) { await using var c = new NpgsqlCommand(sql, owner); return (long)(await c.ExecuteScalarAsync())!; }
    Console.WriteLine($"negative balances: {await Count("SELECT count(*) FROM wallets WHERE balance_available < 0 OR balance_pending < 0")}");
    Console.WriteLine($"postings that do not sum to zero: {await Count("SELECT count(*) FROM (SELECT posting_id FROM ledger_entries GROUP BY posting_id HAVING sum(amount) <> 0) x")}");
}
var check = await provider.GetRequiredService<LedgerCheck>().RunAsync();
Console.WriteLine($"wallets that differ from their entries: {check.Differences.Count}");
Console.WriteLine(check.Summary);
return check.Holds ? 0 : 1;

async Task<Guid> InsertSaleAsync(AppDbContext db, Guid buyer, Guid seller, PaymentProcessor processor, int total, int fees, int commission, CancellationToken ct)
{
    var id = Guid.CreateVersion7();
    var processorText = processor == PaymentProcessor.Wallet ? "wallet" : "stripe";
    await db.Database.ExecuteSqlInterpolatedAsync($"""
        INSERT INTO transactions (id, buyer_id, seller_id, transaction_type, amount_total, amount_fees, amount_commission, amount_seller,
                                  commission_rate, seller_tier, payment_processor, status, completed_at, created_at, updated_at)
        VALUES ({id}, {buyer}, {seller}, 'product_purchase', {total}, {fees}, {commission}, {total - fees - commission},
                10, 'ultimate', {processorText}, 'completed', now(), now(), now())
        """, ct);
    return id;
}

static void Must(Result result)
{
    if (!result.Succeeded) throw new InvalidOperationException(result.FirstError!.Message);
}

async Task<Measured> RunAsync(int count, Func<UnitOfWork, Random, int, Task<bool>> call)
{
    var next = -1;
    var latencies = new List<double>[workers];
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
    {
        var mine = latencies[w] = [];
        var random = new Random(w);
        await using var scope = provider.CreateAsyncScope();
        var money = scope.ServiceProvider.GetRequiredKeyedService<UnitOfWork>(UnitOfWork.Jobs);
        int i;
        while ((i = Interlocked.Increment(ref next)) < count)
        {
            var started = Stopwatch.GetTimestamp();
            await call(money, random, i);
            mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }));
    var all = latencies.SelectMany(l => l).Order().ToArray();
    return new Measured(Percentile(all, 0.50), Percentile(all, 0.95), all.Length / clock.Elapsed.TotalSeconds);
}

static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

static void Print(string name, Measured r, double baselineP95) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-34} {r.P50,8:F1} {r.P95,8:F1} {r.PerSecond,8:F0} {r.P95 / baselineP95,15:F1}"));

internal sealed record Measured(double P50, double P95, double PerSecond);
