using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>
/// What the browser tests' app logs at Error and above (an unhandled exception in a circuit, a failed request), kept
/// until the test that caused it ends: <see cref="ClosesItsTabsAttribute"/> then writes them to
/// <c>$PA_TEST_ARTIFACTS/server-errors/&lt;class&gt;.&lt;test&gt;.txt</c>, so a test that saw a page stop answering can be
/// read beside the server's side of it. The app's console log stays at Warning and is not kept by the test runner.
/// </summary>
public sealed class ServerErrors : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    public static string Root => Artifacts.Folder("server-errors");

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    /// <summary>Writes what was logged since the last call to <paramref name="test"/>'s file; nothing when nothing was.</summary>
    public void WriteTo(string test)
    {
        var lines = Drain();
        if (lines.Count == 0) return;
        Directory.CreateDirectory(Root);
        File.WriteAllLines(Path.Combine(Root, $"{test}.txt"), lines);
    }

    /// <summary>What was logged since the last call, oldest first; the list is empty after it.</summary>
    public IReadOnlyList<string> Drain()
    {
        var lines = new List<string>();
        while (_entries.TryDequeue(out var entry)) lines.Add(entry);
        return lines;
    }

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var at = DateTimeOffset.UtcNow.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);
            entries.Enqueue($"{at} {logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : Environment.NewLine + exception)}");
        }
    }
}
