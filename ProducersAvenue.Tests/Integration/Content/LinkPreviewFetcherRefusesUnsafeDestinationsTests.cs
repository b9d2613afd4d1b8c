using System.Net;

namespace ProducersAvenue.Tests.Integration.Content;

/// <summary>
/// SSRF refusals. "No connection" is asserted on the guard's socket hook (<see cref="RecordingConnector"/>), which also
/// refuses to open anything but loopback, so a regression fails the test instead of reaching the network.
/// </summary>
public sealed class LinkPreviewFetcherRefusesUnsafeDestinationsTests(LocalPageServer server) : IClassFixture<LocalPageServer>
{
    [Theory]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("gopher://127.0.0.1:70/")]
    [InlineData("not a url")]
    [InlineData("")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://192.168.0.1/router")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://127.0.0.1/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://[::ffff:127.0.0.1]/")]
    [InlineData("http://[::ffff:a00:1]/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://0.0.0.0/")]
    [InlineData("http://2130706433/")]
    [InlineData("http://0x7f.0.0.1/")]
    [InlineData("http://user:secret@93.184.215.14/")]
    public async Task Refuses_a_forbidden_url_before_sending_anything(string url)
    {
        using var test = new LinkPreviewTestFetcher(server: null);

        var preview = await test.Fetcher.FetchAsync(url);

        Assert.Null(preview);
        Assert.Equal(0, test.Requests.Count);
        Assert.Empty(test.Connector.Attempts);
    }

    [Fact]
    public async Task Refuses_a_host_name_that_resolves_to_loopback_in_the_connection_guard()
    {
        using var test = new LinkPreviewTestFetcher(server: null);

        var preview = await test.Fetcher.FetchAsync($"http://localhost:{server.Port}/plain");

        Assert.Null(preview);
        Assert.Equal(1, test.Requests.Count);
        Assert.Empty(test.Connector.Attempts);
        Assert.Equal(0, server.Hits("/plain"));
    }

    [Fact]
    public async Task Refuses_the_loopback_server_when_it_is_not_allow_listed()
    {
        using var test = new LinkPreviewTestFetcher(server: null);

        var preview = await test.Fetcher.FetchAsync(server.Url("/plain").AbsoluteUri);

        Assert.Null(preview);
        Assert.Empty(test.Connector.Attempts);
        Assert.Equal(0, server.Hits("/plain"));
    }

    [Theory]
    [InlineData("/to-metadata")]
    [InlineData("/to-private")]
    [InlineData("/to-ftp")]
    public async Task Refuses_a_redirect_to_a_forbidden_destination_without_connecting_there(string path)
    {
        using var test = new LinkPreviewTestFetcher(server);

        var preview = await test.Fetcher.FetchAsync(server.Url(path).AbsoluteUri);

        Assert.Null(preview);
        Assert.Equal(1, test.Requests.Count);
        Assert.Equal(1, server.Hits(path));
        var attempt = Assert.Single(test.Connector.Attempts);
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, server.Port), attempt);
    }

    [Fact]
    public async Task Refuses_a_redirect_to_a_host_name_that_resolves_to_loopback()
    {
        using var test = new LinkPreviewTestFetcher(server);

        var preview = await test.Fetcher.FetchAsync(server.Url("/to-localhost-name").AbsoluteUri);

        Assert.Null(preview);
        Assert.Equal(1, server.Hits("/to-localhost-name"));
        Assert.Equal(0, server.Hits("/page"));
        Assert.Single(test.Connector.Attempts);
    }
}
