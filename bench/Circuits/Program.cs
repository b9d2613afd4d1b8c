using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

// Issue 9's "circuits measured": N real interactive sessions in one headless Chromium (one browser context per bulk
// member, signed in through the real login form), idling on the home feed. Per step of N it reports the app's managed
// heap per idle home-feed circuit — (live heap after a full GC with N circuits − the same with none) / N, both read by
// dotnet-gcdump, which induces the full GC and walks the heap — the app's CPU while the N circuits idle, and the time from
// a click on a post's Like button to the updated count and to the database's answer on screen, measured inside the page
// (performance.now() at the click, a MutationObserver on the card's footer), so every hop a real browser causes is
// counted: the event over the circuit's WebSocket, the member check per circuit activity, the render batch that shows the
// like, the like's transaction and the render batch of its answer, each with its DOM update.
// Usage: CircuitsBench <app url (localhost)> <app pid, 0 = no heap figures> <dotnet-gcdump path or ->
// Environment (defaults): PA_BENCH_STEPS (25,50,100,150,200), PA_BENCH_CLICKS per step (200), PA_BENCH_CLICK_RATE
// clicks/s (5), PA_BENCH_SETTLE seconds idle before the heap is read (15), PA_BENCH_IDLE seconds idle before it is read
// again (150: past Kestrel's 130 s keep-alive timeout, which closes the tabs' idle HTTP/1.1 connections — six per browser
// context, ~100 KB of connection state each tab holds besides its circuit; 0 = no second reading), PA_BENCH_RENDERERS Chromium renderer
// processes (12), PA_BENCH_OPEN_PARALLEL sessions opened at once (4), PA_BENCH_FIRST_MEMBER (1001), PA_BENCH_PASSWORD,
// PA_BENCH_P95_LIMIT ms (200), PA_BENCH_MIN_FREE_MB (3000: stop ramping below this much available memory),
// PA_BENCH_REPORTS (a folder to keep the heap reports in). Ctrl-C or SIGTERM ends the ramp after the step under way.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: CircuitsBench <app url> <app pid or 0> <dotnet-gcdump path or ->");
    return 2;
}
var baseUrl = args[0].TrimEnd('/');
if (new Uri(baseUrl).Host is not ("localhost" or "127.0.0.1" or "[::1]"))
{
    Console.Error.WriteLine("the benchmark only talks to an app on this machine (localhost, 127.0.0.1, ::1)");
    return 2;
}
var appPid = int.Parse(args[1], CultureInfo.InvariantCulture);
var heap = appPid > 0 && args[2] != "-" ? new HeapReader(args[2], appPid, Environment.GetEnvironmentVariable("PA_BENCH_REPORTS")) : null;

string Env(string name, string fallback) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;
int EnvInt(string name, int fallback) => int.Parse(Env(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
var steps = Env("PA_BENCH_STEPS", "25,50,100,150,200").Split(',').Select(s => int.Parse(s.Trim(), CultureInfo.InvariantCulture)).Order().ToArray();
var clicksPerStep = EnvInt("PA_BENCH_CLICKS", 200);
var clickRate = double.Parse(Env("PA_BENCH_CLICK_RATE", "5"), CultureInfo.InvariantCulture);
var settleSeconds = EnvInt("PA_BENCH_SETTLE", 15);
var idleSeconds = EnvInt("PA_BENCH_IDLE", 150);
var renderers = EnvInt("PA_BENCH_RENDERERS", 12);
var openParallel = EnvInt("PA_BENCH_OPEN_PARALLEL", 4);
var firstMember = EnvInt("PA_BENCH_FIRST_MEMBER", 1001);
var password = Env("PA_BENCH_PASSWORD", "Demo-pass-2026");
var p95Limit = EnvInt("PA_BENCH_P95_LIMIT", 200);
var minFreeMb = EnvInt("PA_BENCH_MIN_FREE_MB", 3000);

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args =
    [
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage",
        // Same-site pages share renderer processes: 200 tabs in 200 renderers would need several GB more memory.
        $"--renderer-process-limit={renderers}",
        // Every tab counts as in the foreground: no timer throttling of the Blazor client in "background" tabs.
        "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
    ],
});

var sessions = new List<Session>();
var nextMember = firstMember;

// Sign in as one member through the login form (antiforgery token from the page, like a browser posts it), then open the
// home feed in a browser context carrying that cookie and wait until its circuit is interactive.
async Task<Session> OpenAsync(int member)
{
    await using var api = await playwright.APIRequest.NewContextAsync(new() { BaseURL = baseUrl });
    var form = await (await api.GetAsync("/Account/Login")).TextAsync();
    string Hidden(string name) =>
        Regex.Match(form, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"") is { Success: true } m ? System.Net.WebUtility.HtmlDecode(m.Groups[1].Value) : "";
    var post = api.CreateFormData();
    post.Set("__RequestVerificationToken", Hidden("__RequestVerificationToken"));
    post.Set("_handler", Hidden("_handler") is { Length: > 0 } handler ? handler : "login");
    post.Set("Input.Login", $"member{member}@bulk.producersavenue.test");
    post.Set("Input.Password", password);
    post.Set("Input.RememberMe", "false");
    var answer = await api.PostAsync("/Account/Login", new() { Form = post, MaxRedirects = 0 });
    var state = await api.StorageStateAsync();
    if (!state.Contains(".AspNetCore.Identity.Application", StringComparison.Ordinal))
        throw new InvalidOperationException($"sign-in as member{member} failed (HTTP {answer.Status}, no identity cookie)");

    var context = await browser.NewContextAsync(new() { BaseURL = baseUrl, StorageState = state, ServiceWorkers = ServiceWorkerPolicy.Block });
    context.SetDefaultTimeout(180_000);
    // Pictures and sound are static files, not circuit work, and cost the browser memory: they are not fetched.
    await context.RouteAsync("**/*", route => route.Request.ResourceType is "image" or "media" or "font" ? route.AbortAsync() : route.ContinueAsync());
    var page = await context.NewPageAsync();
    await page.GotoAsync("/");
    // The feed's sentinel says the circuit is live; the first page of posts arrives right after.
    await page.Locator("[data-interactive=true]").First.WaitForAsync(new() { Timeout = 180_000 });
    try { await page.Locator(LikeScript.Card).First.WaitForAsync(new() { Timeout = 60_000 }); }
    catch (TimeoutException) { throw new InvalidOperationException($"member{member}'s home feed shows no post with a Like button (at {page.Url})"); }
    return new Session(member, context, page);
}

async Task OpenUpToAsync(int count)
{
    var missing = Enumerable.Range(0, Math.Max(0, count - sessions.Count)).Select(_ => nextMember++).ToList();
    using var gate = new SemaphoreSlim(openParallel);
    var opened = await Task.WhenAll(missing.Select(async member =>
    {
        await gate.WaitAsync();
        try { return await OpenAsync(member); }
        finally { gate.Release(); }
    }));
    sessions.AddRange(opened);
}

// Ends each circuit at once, as leaving the page does (Blazor.disconnect() posts the client's disconnect beacon), rather
// than after the server's retention period for dropped connections.
async Task CloseAllAsync()
{
    foreach (var session in sessions)
    {
        await session.Page.EvaluateAsync("() => Blazor.disconnect()");
        await session.Page.GotoAsync("about:blank");
    }
    await Task.Delay(TimeSpan.FromSeconds(1));
    foreach (var session in sessions) await session.Context.CloseAsync();
    sessions.Clear();
}

// Clicks at a fixed rate (open loop: a slow answer does not delay the next click), each on a session that has no click
// in flight, alternating like and unlike as the button's state says. Returns (ms to the first render, ms to the updated
// count, ms to the database's answer on screen) per click; -1 = no update within 10 s.
async Task<List<(double First, double Done, double Settled)>> ClickAsync(int clicks)
{
    var free = new ConcurrentQueue<Session>(sessions.OrderBy(_ => Random.Shared.Next()));
    var times = new ConcurrentBag<(double First, double Done, double Settled)>();
    var running = new List<Task>();
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < clicks; i++)
    {
        var due = TimeSpan.FromSeconds(i / clickRate) - clock.Elapsed;
        if (due > TimeSpan.Zero) await Task.Delay(due);
        Session? session;
        while (!free.TryDequeue(out session)) await Task.Delay(5);
        running.Add(Task.Run(async () =>
        {
            try
            {
                var result = await session.Page.EvaluateAsync<double[]>(LikeScript.ClickAndWait, 10_000);
                times.Add((result[0], result[2] < 0 ? -1 : result[1], result[2]));
            }
            catch (PlaywrightException) { times.Add((-1, -1, -1)); }
            finally { free.Enqueue(session); }
        }));
    }
    await Task.WhenAll(running);
    return [.. times];
}

static double Percentile(List<double> sorted, double p) =>
    sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

// Warm-up: JIT, pools and caches, so the baseline with no circuits is not a cold process.
Console.Error.WriteLine($"warming up at {baseUrl} ...");
await OpenUpToAsync(Math.Min(4, steps[0]));
await ClickAsync(8);
await CloseAllAsync();
nextMember = firstMember;
var baseline = heap is null ? null : await heap.ReadWithCircuitsAsync(0);
if (baseline is not null) Console.Error.WriteLine($"baseline: {Mb(baseline.Bytes)} MB live managed heap, no circuits");

static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture);
static string Kb(long? bytes) => bytes is { } b ? (b / 1024.0).ToString("0", CultureInfo.InvariantCulture) : "-";
static string Ms(double ms) => ms.ToString("0.0", CultureInfo.InvariantCulture);

// Ctrl-C (SIGINT) or SIGTERM: finish the step under way, then print the table of the steps measured.
var lastStep = false;
void StopAfterThisStep(PosixSignalContext signal)
{
    signal.Cancel = true;
    lastStep = true;
    Console.Error.WriteLine("stopping after this step ...");
}
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, StopAfterThisStep);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, StopAfterThisStep);

var results = new List<StepResult>();
foreach (var n in steps)
{
    if (lastStep) break;
    var availableMb = Machine.AvailableMb();
    if (availableMb < minFreeMb)
    {
        Console.Error.WriteLine($"stopping before {n} circuits: {availableMb} MB available (< PA_BENCH_MIN_FREE_MB={minFreeMb})");
        break;
    }
    var opening = Stopwatch.StartNew();
    await OpenUpToAsync(n);
    Console.Error.WriteLine($"{n} circuits open ({opening.Elapsed.TotalSeconds:0} s); idling {settleSeconds} s ...");
    var cpuBefore = appPid > 0 ? Machine.ProcessCpuSeconds(appPid) : 0;
    var browserCpuBefore = Machine.ChromiumCpuSeconds();
    var idle = Stopwatch.StartNew();
    await Task.Delay(TimeSpan.FromSeconds(settleSeconds));
    var idleCpu = appPid > 0 ? (Machine.ProcessCpuSeconds(appPid) - cpuBefore) / idle.Elapsed.TotalSeconds * 100 : double.NaN;
    var browserIdleCpu = (Machine.ChromiumCpuSeconds() - browserCpuBefore) / idle.Elapsed.TotalSeconds * 100;
    var reading = heap is null ? null : await heap.ReadWithCircuitsAsync(n);
    HeapReading? idleReading = null;
    if (heap is not null && idleSeconds > idle.Elapsed.TotalSeconds)
    {
        Console.Error.WriteLine($"  heap/circuit {(reading is null || baseline is null ? "-" : $"{(reading.Bytes - baseline.Bytes) / n / 1024} KB")} after {settleSeconds} s; idling until {idleSeconds} s ...");
        await Task.Delay(TimeSpan.FromSeconds(idleSeconds) - idle.Elapsed);
        idleReading = await heap.ReadWithCircuitsAsync(n);
    }
    var times = await ClickAsync(clicksPerStep);
    var ok = times.Where(t => t.Done >= 0).Select(t => t.Done).Order().ToList();
    var first = times.Where(t => t.First >= 0).Select(t => t.First).Order().ToList();
    var settled = times.Where(t => t.Settled >= 0).Select(t => t.Settled).Order().ToList();
    var components = reading is null || baseline is null ? (double?)null
        : (reading.Types.GetValueOrDefault(HeapReader.ComponentStateType).Count - baseline.Types.GetValueOrDefault(HeapReader.ComponentStateType).Count) / (double)n;
    var step = new StepResult(n, reading?.Circuits, reading is null || baseline is null ? null : (reading.Bytes - baseline.Bytes) / n,
        idleReading is null || baseline is null ? null : (idleReading.Bytes - baseline.Bytes) / n, reading?.Bytes, components, idleCpu, browserIdleCpu, Percentile(first, 50), Percentile(ok, 50), Percentile(ok, 95), ok.Count == 0 ? double.NaN : ok[^1],
        Percentile(settled, 50), Percentile(settled, 95),
        times.Count - ok.Count, opening.Elapsed.TotalSeconds, Machine.AvailableMb(), Machine.ChromiumRssMb(), Machine.LoadAverage());
    results.Add(step);
    Console.Error.WriteLine($"  heap/circuit {(step.HeapPerCircuit is { } h ? $"{h / 1024} KB" : "-")}, idle {(step.IdleHeapPerCircuit is { } ih ? $"{ih / 1024} KB" : "-")}, click p50 {Ms(step.P50)} ms, p95 {Ms(step.P95)} ms, stored p95 {Ms(step.SettledP95)} ms");
}

Console.WriteLine();
Console.WriteLine($"| circuits | on server | live heap MB | heap per circuit KB after {settleSeconds} s | after {idleSeconds} s idle | components per circuit | app CPU idle % | Chromium CPU idle % | first render p50 ms | count p50 ms | count p95 ms | max ms | stored p50 ms | stored p95 ms | no update | opened in s | Chromium RSS MB | free MB | load 1/5/15 |");
Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
if (baseline is not null) Console.WriteLine($"| 0 | {baseline.Circuits} | {Mb(baseline.Bytes)} | | | | | | | | | | | | | | | | |");
foreach (var r in results)
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {r.Circuits} | {r.OnServer?.ToString(CultureInfo.InvariantCulture) ?? "-"} | {(r.HeapBytes is { } b ? Mb(b) : "-")} | {Kb(r.HeapPerCircuit)} | {Kb(r.IdleHeapPerCircuit)} | {r.Components:0} | {r.IdleCpuPercent:0.0} | {r.BrowserIdleCpuPercent:0.0} | {Ms(r.FirstRenderP50)} | {Ms(r.P50)} | {Ms(r.P95)} | {Ms(r.Max)} | {Ms(r.SettledP50)} | {Ms(r.SettledP95)} | {r.NoUpdate} | {r.OpenSeconds:0} | {r.ChromiumRssMb} | {r.AvailableMb} | {r.Load} |"));
var held = results.Where(r => r.P95 <= p95Limit && r.NoUpdate == 0).Select(r => r.Circuits).DefaultIfEmpty(0).Max();
var passed = results.FirstOrDefault(r => r.P95 > p95Limit || r.NoUpdate > 0);
Console.WriteLine();
Console.WriteLine(passed is null
    ? $"click p95 stayed ≤ {p95Limit} ms up to the largest step measured: {held} circuits"
    : $"largest step with click p95 ≤ {p95Limit} ms: {held} circuits (at {passed.Circuits} it was {Ms(passed.P95)} ms)");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"({clicksPerStep} clicks per step at {clickRate} clicks/s on random open sessions; heap after {settleSeconds} s and {idleSeconds} s idle; {renderers} renderer processes)"));

if (heap is not null && results.Count > 0 && baseline is not null)
{
    // What one more circuit keeps, by type: objects per circuit at the largest step against the baseline. The report gives
    // one size per type (exact for fixed-size types; arrays and strings vary), so bytes are that size × the objects.
    var last = results[^1];
    var top = heap.Last!.Types.Select(t => (Type: t.Key, Objects: (t.Value.Count - baseline.Types.GetValueOrDefault(t.Key).Count) / (double)last.Circuits,
            t.Value.Size))
        .Where(t => t.Objects >= 0.5).OrderByDescending(t => t.Objects * t.Size).Take(40);
    Console.WriteLine();
    Console.WriteLine($"objects per circuit at {last.Circuits} circuits{(last.IdleHeapPerCircuit is null ? "" : $" after {idleSeconds} s idle")}, by type (≈ bytes per circuit = objects × the report's size):");
    foreach (var (type, objects, size) in top)
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {objects,8:0.0} × {size,6:N0} B ≈ {objects * size,9:N0} B  {type}"));
}

await CloseAllAsync();
if (heap is not null)
{
    await Task.Delay(TimeSpan.FromSeconds(5));
    var after = await heap.ReadWithCircuitsAsync(0);
    if (after is not null && baseline is not null)
        Console.WriteLine($"after closing every session: {Mb(after.Bytes)} MB live heap ({Mb(after.Bytes - baseline.Bytes)} MB more than the baseline: caches, pools)");
}
return 0;

internal sealed record Session(int Member, IBrowserContext Context, IPage Page);

internal sealed record StepResult(int Circuits, int? OnServer, long? HeapPerCircuit, long? IdleHeapPerCircuit, long? HeapBytes, double? Components,
    double IdleCpuPercent, double BrowserIdleCpuPercent,
    double FirstRenderP50, double P50, double P95, double Max, double SettledP50, double SettledP95, int NoUpdate, double OpenSeconds, long AvailableMb, long ChromiumRssMb,
    string Load);

/// <summary>The in-page measurement of one like click.</summary>
internal static class LikeScript
{
    public const string Card = "article[data-testid=post-card]:has(button[aria-label=Like])";

    /// <summary>Clicks the first card's Like button; resolves with [ms to the first change of the card's footer, ms until its
    /// count (or pressed state) changes, ms until that change is the database's answer (the button enabled again)], -1 for
    /// no change within the timeout. The card draws the toggled state at once and the answer after it (PostCard.ToggleLikeAsync),
    /// so the second figure is what the member sees and the third when the like is stored.</summary>
    public const string ClickAndWait = """
        (timeoutMs) => new Promise((resolve) => {
          const card = document.querySelector("article[data-testid=post-card]:has(button[aria-label=Like])");
          const button = card.querySelector("button[aria-label=Like]");
          const count = button.nextElementSibling;
          const before = count.textContent, pressed = button.getAttribute("aria-pressed");
          const changed = () => count.textContent !== before || button.getAttribute("aria-pressed") !== pressed;
          let start = 0, first = -1, shown = -1;
          const observer = new MutationObserver(() => {
            // The first change is the circuit's first render after the click (the button turns busy).
            if (first < 0) first = performance.now() - start;
            if (!changed()) return;
            if (shown < 0) shown = performance.now() - start;
            if (button.disabled) return;
            const settled = performance.now() - start;
            observer.disconnect(); clearTimeout(timer); resolve([first, shown, settled]);
          });
          observer.observe(card.querySelector("footer"), { subtree: true, childList: true, characterData: true, attributes: true });
          const timer = setTimeout(() => { observer.disconnect(); resolve([first, shown, -1]); }, timeoutMs);
          start = performance.now();
          button.click();
        })
        """;
}

/// <summary>The app's live managed heap through dotnet-gcdump (an induced full, blocking GC, then a walk of the heap).</summary>
internal sealed partial class HeapReader(string gcdump, int pid, string? keepReportsIn)
{
    public const string CircuitType = "Microsoft.AspNetCore.Components.Server.Circuits.CircuitHost";
    /// <summary>One per live interactive component.</summary>
    public const string ComponentStateType = "Microsoft.AspNetCore.Components.Server.Circuits.RemoteComponentState";

    public HeapReading? Last { get; private set; }

    /// <summary>Reads the heap, again (up to a minute) until the server holds <paramref name="expected"/> circuits.</summary>
    public async Task<HeapReading> ReadWithCircuitsAsync(int expected)
    {
        HeapReading reading;
        var waited = Stopwatch.StartNew();
        while ((reading = await ReadAsync()).Circuits != expected && waited.Elapsed < TimeSpan.FromMinutes(1))
        {
            Console.Error.WriteLine($"  the server holds {reading.Circuits} circuits, expected {expected}; reading again ...");
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
        return Last = reading;
    }

    private async Task<HeapReading> ReadAsync()
    {
        var start = new ProcessStartInfo(gcdump, ["report", "-p", pid.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var report = await stdout;
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet-gcdump failed: {report}{await stderr}");
        if (keepReportsIn is not null)
        {
            Directory.CreateDirectory(keepReportsIn);
            await File.WriteAllTextAsync(Path.Combine(keepReportsIn, $"heap-{DateTime.UtcNow:HHmmss}.txt"), report);
        }
        var types = new Dictionary<string, (long Count, long Size)>();
        long total = 0;
        foreach (var line in report.Split('\n'))
        {
            // The report opens with "   12,345,678  GC Heap bytes"; then one row per type (and size bucket for arrays and
            // strings: "(Bytes > 1K)"): "  <size>  <count>  <type>  [<assembly>]".
            var row = TypeRow().Match(line);
            if (row.Success)
            {
                var type = row.Groups["type"].Value.Trim();
                var size = long.Parse(row.Groups["bytes"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                var count = long.Parse(row.Groups["count"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                var previous = types.GetValueOrDefault(type);
                types[type] = (previous.Count + count, Math.Max(previous.Size, size));
                continue;
            }
            var totalRow = TotalRow().Match(line);
            if (totalRow.Success) total = long.Parse(totalRow.Groups["bytes"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        }
        if (total == 0) throw new InvalidOperationException($"no \"GC Heap bytes\" line in the dotnet-gcdump report:\n{report}");
        return new HeapReading(total, (int)types.GetValueOrDefault(CircuitType).Count, types);
    }

    [GeneratedRegex(@"^\s*(?<bytes>[\d,]+)\s+(?<count>[\d,]+)\s+(?<type>\S.*?)(\s+\[[^\]]*\])?\s*$")]
    private static partial Regex TypeRow();

    [GeneratedRegex(@"^\s*(?<bytes>[\d,]+)\s+GC Heap bytes", RegexOptions.IgnoreCase)]
    private static partial Regex TotalRow();
}

/// <summary>Live bytes after the full GC, the server's CircuitHost objects, and per type the objects and the report's size.</summary>
internal sealed record HeapReading(long Bytes, int Circuits, Dictionary<string, (long Count, long Size)> Types);

/// <summary>Readings of this machine from /proc.</summary>
internal static class Machine
{
    public static long AvailableMb() =>
        File.ReadLines("/proc/meminfo").Where(l => l.StartsWith("MemAvailable:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024).FirstOrDefault();

    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    /// <summary>User + system CPU seconds the process has used.</summary>
    public static double ProcessCpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    /// <summary>User + system CPU seconds of every Chromium process alive now.</summary>
    public static double ChromiumCpuSeconds() => Chromium().Sum(dir =>
    {
        try { return ProcessCpuSeconds(int.Parse(Path.GetFileName(dir), CultureInfo.InvariantCulture)); }
        catch (IOException) { return 0; }
    });

    /// <summary>This benchmark's Chromium processes (descendants of this process), not other browsers on the machine.</summary>
    private static IEnumerable<string> Chromium()
    {
        var parents = new Dictionary<int, int>();
        var chromium = new List<(int Pid, string Dir)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), CultureInfo.InvariantCulture, out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                parents[pid] = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
                if (File.ReadAllText(Path.Combine(dir, "comm")).StartsWith("chromium", StringComparison.Ordinal)) chromium.Add((pid, dir));
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        bool Ours(int pid)
        {
            for (var hops = 0; hops < 64 && parents.TryGetValue(pid, out var parent); hops++, pid = parent)
                if (parent == Environment.ProcessId) return true;
            return false;
        }
        return chromium.Where(c => Ours(c.Pid)).Select(c => c.Dir);
    }

    /// <summary>Resident memory of every Chromium process (shared pages counted once per process: an upper bound).</summary>
    public static long ChromiumRssMb()
    {
        long kb = 0;
        foreach (var dir in Chromium())
        {
            try
            {
                var rss = File.ReadLines(Path.Combine(dir, "status")).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
                if (rss is not null) kb += long.Parse(rss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return kb / 1024;
    }
}
