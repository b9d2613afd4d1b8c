using System.Diagnostics;

namespace ProducersAvenue.Tests.Integration.Content;

public sealed class LinkPreviewFetcherEnforcesLimitsTests(LocalPageServer server) : IClassFixture<LocalPageServer>
{
    [Fact]
    public async Task Stops_a_redirect_loop_at_the_redirect_cap()
    {
        using var test = new LinkPreviewTestFetcher(server, o => o.MaxRedirects = 3);

        var preview = await test.Fetcher.FetchAsync(server.Url("/loop").AbsoluteUri);

        Assert.Null(preview);
        Assert.Equal(4, server.Hits("/loop"));
    }

    [Fact]
    public async Task Stops_reading_at_the_size_cap_when_the_body_never_ends()
    {
        using var test = new LinkPreviewTestFetcher(server, o => { o.MaxBytes = 64 * 1024; o.TimeoutSeconds = 10; });
        var clock = Stopwatch.StartNew();

        var preview = await test.Fetcher.FetchAsync(server.Url("/endless").AbsoluteUri);

        Assert.NotNull(preview);
        Assert.Equal("Head first", preview.Title);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Ignores_whatever_comes_after_the_size_cap()
    {
        using var capped = new LinkPreviewTestFetcher(server, o => o.MaxBytes = 16 * 1024);
        using var roomy = new LinkPreviewTestFetcher(server);

        var cut = await capped.Fetcher.FetchAsync(server.Url("/late-title").AbsoluteUri);
        var whole = await roomy.Fetcher.FetchAsync(server.Url("/late-title").AbsoluteUri);

        Assert.Null(cut);
        Assert.Equal("Too late", whole?.Title);
    }

    [Fact]
    public async Task Gives_up_on_a_slow_server_at_the_deadline()
    {
        using var test = new LinkPreviewTestFetcher(server, o => o.TimeoutSeconds = 1);
        var clock = Stopwatch.StartNew();

        var preview = await test.Fetcher.FetchAsync(server.Url("/slow").AbsoluteUri);

        Assert.Null(preview);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}"); // the server would answer after 30 s
        Assert.Equal(1, server.Hits("/slow"));
    }
}
