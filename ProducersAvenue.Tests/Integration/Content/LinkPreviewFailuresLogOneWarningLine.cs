using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Content.Rendering;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Content;

/// <summary>
/// A page that cannot be reached is a normal event for link previews: the client as the app registers it logs one
/// warning line with the reason, and nothing logs the exception with its stack trace.
/// </summary>
public sealed class LinkPreviewFailuresLogOneWarningLine
{
    [Fact]
    public async Task An_unreachable_page_logs_one_warning_line_and_no_exception()
    {
        var port = FreePort.Next(); // nothing listens there: the connection is refused
        var logs = new ListLoggerProvider();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["LinkPreview:AllowedHosts:0"] = $"127.0.0.1:{port}" }).Build();
        await using var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))
            .AddContent(configuration)
            .BuildServiceProvider(validateScopes: true);

        var preview = await services.GetRequiredService<ILinkPreviewFetcher>().FetchAsync($"http://127.0.0.1:{port}/gone");

        Assert.Null(preview);
        Assert.DoesNotContain(logs.Entries, e => e.Exception is not null);
        var warning = Assert.Single(logs.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains($"127.0.0.1:{port}/gone", warning.Message);
        Assert.DoesNotContain('\n', warning.Message);
    }

    private sealed record Entry(string Category, LogLevel Level, string Message, Exception? Exception);

    private sealed class ListLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<Entry> Entries { get; } = new();
        public ILogger CreateLogger(string categoryName) => new ListLogger(categoryName, Entries);
        public void Dispose() { }

        private sealed class ListLogger(string category, ConcurrentQueue<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue(new Entry(category, logLevel, formatter(state, exception), exception));
        }
    }
}
