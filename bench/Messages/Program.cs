using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using ProducersAvenue.Domain;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Domain.Persistence;

// Messaging at scale through the real services (issue 12's benchmark): the conversation list of a member with 500
// conversations, opening a conversation of 10,000 messages (header + first history page), and send → display latency
// through IMessageBroadcaster with S subscribers in DM pairs (each receiver re-asks its history when the event arrives,
// as an open conversation view does). Each figure is printed with a small baseline measured in the same run (a member
// with 5 conversations, a conversation of 10 messages, one pair alone) and their ratio.
// Usage: MessagesBench <pa_owner connection string> <pa_app connection string> [subscribers=200] [messages per pair=20] [iterations=200]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: MessagesBench <owner connection string> <app connection string> [subscribers] [messages per pair] [iterations]");
    return 2;
}
var (ownerCs, appCs) = (args[0], args[1]);
int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
var (subscribers, perPair, iterations) = (Arg(2, 200), Arg(3, 20), Arg(4, 200));
var pairs = subscribers / 2;
foreach (var cs in new[] { ownerCs, appCs })
    if (new NpgsqlConnectionStringBuilder(cs).Host is not ("127.0.0.1" or "localhost" or "::1"))
    {
        Console.Error.WriteLine("the benchmark only talks to a database on this machine (127.0.0.1, localhost, ::1)");
        return 2;
    }

var services = new ServiceCollection();
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    // The rate limits guard members, not a benchmark.
    ["Messaging:MessagesPerMinute"] = "1000000",
    ["Messaging:NewConversationsPerHour"] = "1000000",
}).Build();
services.AddSingleton<IConfiguration>(configuration);
services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
services.AddSingleton(TimeProvider.System);
services.AddScoped(_ => CurrentUser.Anonymous());
services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
services.AddAppDatabase(new NpgsqlConnectionStringBuilder(appCs) { MaxPoolSize = pairs * 2 + 20 }.ConnectionString,
    new NpgsqlConnectionStringBuilder(appCs) { Username = PersistenceServiceCollectionExtensions.JobsRole, MaxPoolSize = 20 }.ConnectionString);
services.AddProducersAvenueDomain(configuration);
await using var provider = services.BuildServiceProvider();

AsyncServiceScope As(Guid member)
{
    var scope = provider.CreateAsyncScope();
    scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(member);
    return scope;
}

// --- Seeding (owner role, set-based) ---
var seeding = Stopwatch.StartNew();
await using (var owner = new NpgsqlConnection(ownerCs))
{
    await owner.OpenAsync();
    await using var seed = new NpgsqlCommand($"""
        INSERT INTO auth.users (id, user_name, normalized_user_name, email, normalized_email, email_confirmed, phone_number_confirmed,
                                two_factor_enabled, lockout_enabled, access_failed_count)
        SELECT gen_random_uuid(), n, upper(n), n || '@bench.test', upper(n || '@bench.test'), true, false, false, true, 0
        FROM (SELECT 'msg_hub' AS n UNION ALL SELECT 'msg_small'
              UNION ALL SELECT 'msg_p_' || g FROM generate_series(1, 500) g
              UNION ALL SELECT 'msg_d_' || g FROM generate_series(1, {pairs * 2}) g) u;

        CREATE TEMP TABLE bench_pairs AS
          SELECT (SELECT id FROM auth.users WHERE user_name = 'msg_hub') AS a, id AS b, user_name AS name FROM auth.users WHERE user_name LIKE 'msg\_p\_%'
          UNION ALL
          SELECT (SELECT id FROM auth.users WHERE user_name = 'msg_small'), id, 'small_' || user_name FROM auth.users
            WHERE user_name IN ('msg_p_2', 'msg_p_3', 'msg_p_4', 'msg_p_5', 'msg_p_6')
          UNION ALL
          SELECT x.id, y.id, 'dm_' || x.user_name FROM auth.users x
            JOIN auth.users y ON y.user_name = 'msg_d_' || (substr(x.user_name, 7)::int + 1)
            WHERE x.user_name LIKE 'msg\_d\_%' AND substr(x.user_name, 7)::int % 2 = 1;
        ALTER TABLE bench_pairs ADD COLUMN conversation uuid NOT NULL DEFAULT gen_random_uuid();

        INSERT INTO conversations (id, participant_ids) SELECT conversation, ARRAY[a, b] FROM bench_pairs;
        INSERT INTO conversation_members (conversation_id, user_id, created_at)
          SELECT conversation, a, now() - interval '30 days' FROM bench_pairs UNION ALL SELECT conversation, b, now() - interval '30 days' FROM bench_pairs;
        -- Three messages in every conversation of the hub and the small member, spread over the last 30 days.
        INSERT INTO messages (id, conversation_id, sender_id, content, is_read, is_deleted, created_at, updated_at)
          SELECT gen_random_uuid(), p.conversation, CASE WHEN k % 2 = 0 THEN p.a ELSE p.b END, 'message ' || k || ' in ' || p.name, true, false, t, t
          FROM bench_pairs p CROSS JOIN generate_series(1, 3) k
          CROSS JOIN LATERAL (SELECT now() - (random() * interval '30 days') AS t) r
          WHERE p.name NOT LIKE 'dm\_%';
        -- The big conversation (hub and msg_p_1): 10,000 messages; the small one (small and msg_p_2): 10.
        INSERT INTO messages (id, conversation_id, sender_id, content, is_read, is_deleted, created_at, updated_at)
          SELECT gen_random_uuid(), p.conversation, CASE WHEN k % 2 = 0 THEN p.a ELSE p.b END,
                 'Line ' || k || ': the **hook** needs a lift, try the pad an octave up and keep the snare dry.', true, false,
                 now() - interval '20 days' + k * interval '1 minute', now() - interval '20 days' + k * interval '1 minute'
          FROM bench_pairs p CROSS JOIN generate_series(1, 10000) k WHERE p.name = 'msg_p_1';
        INSERT INTO messages (id, conversation_id, sender_id, content, is_read, is_deleted, created_at, updated_at)
          SELECT gen_random_uuid(), p.conversation, CASE WHEN k % 2 = 0 THEN p.a ELSE p.b END, 'Small line ' || k, true, false,
                 now() - interval '1 day' + k * interval '1 minute', now() - interval '1 day' + k * interval '1 minute'
          FROM bench_pairs p CROSS JOIN generate_series(1, 7) k WHERE p.name = 'small_msg_p_2';
        ANALYZE;
        """, owner);
    seed.CommandTimeout = 600;
    await seed.ExecuteNonQueryAsync();
}
Console.WriteLine($"seeded in {seeding.Elapsed.TotalSeconds:F1} s");

async Task<Guid> ScalarGuidAsync(string sql)
{
    await using var owner = new NpgsqlConnection(ownerCs);
    await owner.OpenAsync();
    await using var command = new NpgsqlCommand(sql, owner);
    return (Guid)(await command.ExecuteScalarAsync())!;
}
async Task<List<(Guid A, Guid B, Guid Conversation)>> PairsAsync()
{
    await using var owner = new NpgsqlConnection(ownerCs);
    await owner.OpenAsync();
    await using var command = new NpgsqlCommand("""
        SELECT c.participant_ids[1], c.participant_ids[2], c.id FROM conversations c
        JOIN auth.users u ON u.id = c.participant_ids[1] WHERE u.user_name LIKE 'msg\_d\_%' ORDER BY u.user_name
        """, owner);
    await using var reader = await command.ExecuteReaderAsync();
    var list = new List<(Guid, Guid, Guid)>();
    while (await reader.ReadAsync()) list.Add((reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2)));
    return list;
}
var hub = await ScalarGuidAsync("SELECT id FROM auth.users WHERE user_name = 'msg_hub'");
var small = await ScalarGuidAsync("SELECT id FROM auth.users WHERE user_name = 'msg_small'");
var big = await ScalarGuidAsync("SELECT c.id FROM conversations c JOIN auth.users u ON u.id = c.participant_ids[2] WHERE u.user_name = 'msg_p_1' AND c.participant_ids[1] = (SELECT id FROM auth.users WHERE user_name = 'msg_hub')");
var tiny = await ScalarGuidAsync("SELECT c.id FROM conversations c JOIN auth.users u ON u.id = c.participant_ids[2] WHERE u.user_name = 'msg_p_2' AND c.participant_ids[1] = (SELECT id FROM auth.users WHERE user_name = 'msg_small')");

static (double P50, double P95) Percentiles(List<double> ms)
{
    ms.Sort();
    double At(double q) => ms[Math.Min(ms.Count - 1, (int)Math.Ceiling(q * ms.Count) - 1)];
    return (At(0.50), At(0.95));
}

async Task<(double P50, double P95)> MeasureAsync(Guid member, Func<IServiceProvider, Task> operation)
{
    var times = new List<double>(iterations);
    for (var i = 0; i < iterations + 20; i++)
    {
        await using var scope = As(member);
        var watch = Stopwatch.StartNew();
        await operation(scope.ServiceProvider);
        if (i >= 20) times.Add(watch.Elapsed.TotalMilliseconds); // the first 20 warm pools and plans
    }
    return Percentiles(times);
}

void Report(string what, (double P50, double P95) large, (double P50, double P95) baseline, string baselineName) =>
    Console.WriteLine($"| {what} | {large.P50:F2} | {large.P95:F2} | {baselineName}: {baseline.P50:F2} / {baseline.P95:F2} | {large.P50 / baseline.P50:F2}× / {large.P95 / baseline.P95:F2}× |");

Console.WriteLine($"iterations {iterations}, subscribers {subscribers} ({pairs} DM pairs), {perPair} messages per pair");
Console.WriteLine("| measure | p50 ms | p95 ms | baseline p50 / p95 ms | ratio p50 / p95 |");
Console.WriteLine("|---|---|---|---|---|");

await using (var check = As(hub))
    if ((await check.ServiceProvider.GetRequiredService<ConversationQueries>().ListAsync()).Items.Count == 0)
        throw new InvalidOperationException("the hub's conversation list is empty");
Report("conversation list, 500 conversations (first page)",
    await MeasureAsync(hub, sp => sp.GetRequiredService<ConversationQueries>().ListAsync()),
    await MeasureAsync(small, sp => sp.GetRequiredService<ConversationQueries>().ListAsync()), "5 conversations");

async Task OpenAsync(IServiceProvider sp, Guid conversation)
{
    var queries = sp.GetRequiredService<ConversationQueries>();
    if (await queries.DetailAsync(conversation) is null) throw new InvalidOperationException("not a participant");
    var page = await queries.HistoryAsync(conversation);
    if (page.Messages.Count == 0) throw new InvalidOperationException("empty history");
}
Report("open a conversation of 10,000 messages (header + first page)",
    await MeasureAsync(hub, sp => OpenAsync(sp, big)),
    await MeasureAsync(small, sp => OpenAsync(sp, tiny)), "10 messages");

// --- Send → display through the broadcaster ---
var broadcaster = provider.GetRequiredService<IMessageBroadcaster>();
var allPairs = await PairsAsync();

// pace null: each pair sends its next message as soon as the last one is displayed (a closed loop: the machine's
// throughput limit). pace set: each pair sends one message per pace, the pairs' starts spread over one pace (open
// circuits chatting at a fast human rate).
async Task<(double P50, double P95)> LatencyAsync(IReadOnlyList<(Guid A, Guid B, Guid Conversation)> active, TimeSpan? pace = null)
{
    var waiting = new ConcurrentDictionary<Guid, (Guid Receiver, Stopwatch Watch, TaskCompletionSource<double> Done)>();
    var handlers = new List<Action<MessageEvent>>();
    // One subscriber per open circuit: each hears every event (in-process broadcaster) and keeps its own.
    foreach (var member in active.SelectMany(p => new[] { p.A, p.B }))
    {
        var me = member;
        Action<MessageEvent> handler = e =>
        {
            if (e.Kind != MessageEventKind.Sent || e.ActorId == me || !e.ParticipantIds.Contains(me)) return;
            _ = Task.Run(async () =>
            {
                await using var scope = As(me);
                var page = await scope.ServiceProvider.GetRequiredService<ConversationQueries>().HistoryAsync(e.ConversationId);
                if (waiting.TryGetValue(e.ConversationId, out var w) && w.Receiver == me && page.Messages.Any(m => m.Id == e.MessageId))
                    w.Done.TrySetResult(w.Watch.Elapsed.TotalMilliseconds);
            });
        };
        handlers.Add(handler);
        broadcaster.Published += handler;
    }
    var times = new ConcurrentBag<double>();
    try
    {
        var start = Stopwatch.StartNew();
        await Task.WhenAll(active.Select(async (pair, index) =>
        {
            for (var i = 0; i < perPair; i++)
            {
                if (pace is { } every)
                {
                    var due = every * i + every * index / active.Count;
                    if (due > start.Elapsed) await Task.Delay(due - start.Elapsed);
                }
                var (from, to) = i % 2 == 0 ? (pair.A, pair.B) : (pair.B, pair.A);
                var done = new TaskCompletionSource<double>(TaskCreationOptions.RunContinuationsAsynchronously);
                waiting[pair.Conversation] = (to, Stopwatch.StartNew(), done);
                await using (var scope = As(from))
                {
                    var sent = await scope.ServiceProvider.GetRequiredService<ConversationService>().SendAsync(pair.Conversation, $"ping {i} — how does the mix sound?");
                    if (!sent.Succeeded) throw new InvalidOperationException(sent.FirstError!.Message);
                }
                var ms = await done.Task.WaitAsync(TimeSpan.FromSeconds(30));
                if (i > 0) times.Add(ms); // the first message of each pair warms its path
            }
        }));
    }
    finally
    {
        foreach (var handler in handlers) broadcaster.Published -= handler;
    }
    return Percentiles(times.ToList());
}

var alone = await LatencyAsync(allPairs.Take(1).ToList());
var paced = await LatencyAsync(allPairs.Take(pairs).ToList(), TimeSpan.FromSeconds(2));
Report($"send → display, {pairs * 2} subscribers in {pairs} DM pairs, each pair one message per 2 s ({pairs / 2} messages/s)", paced, alone, "one pair alone");
var crowd = await LatencyAsync(allPairs.Take(pairs).ToList());
Report($"send → display, {pairs * 2} subscribers in {pairs} DM pairs, each sending its next message once the last is displayed", crowd, alone, "one pair alone");
return 0;
