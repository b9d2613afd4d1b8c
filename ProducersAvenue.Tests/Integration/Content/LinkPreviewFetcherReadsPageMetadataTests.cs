namespace ProducersAvenue.Tests.Integration.Content;

public sealed class LinkPreviewFetcherReadsPageMetadataTests(LocalPageServer server) : IClassFixture<LocalPageServer>
{
    [Fact]
    public async Task Reads_open_graph_title_description_and_an_absolute_image()
    {
        using var test = new LinkPreviewTestFetcher(server);

        var preview = await test.Fetcher.FetchAsync(server.Url("/page").AbsoluteUri);

        Assert.NotNull(preview);
        Assert.Equal(server.Url("/page").AbsoluteUri, preview.Url);
        Assert.Equal("Night Drive & Chill", preview.Title);
        Assert.Equal("A lo-fi beat tape.", preview.Description);
        Assert.Equal(server.Url("/img/cover.png").AbsoluteUri, preview.ImageUrl);
    }

    [Fact]
    public async Task Falls_back_to_the_title_element_and_the_meta_description()
    {
        using var test = new LinkPreviewTestFetcher(server);

        var preview = await test.Fetcher.FetchAsync(server.Url("/plain").AbsoluteUri);

        Assert.NotNull(preview);
        Assert.Equal("Only a title", preview.Title);
        Assert.Equal("Plain description", preview.Description);
        Assert.Null(preview.ImageUrl);
    }

    [Fact]
    public async Task Drops_an_image_url_that_is_not_http()
    {
        using var test = new LinkPreviewTestFetcher(server);

        var preview = await test.Fetcher.FetchAsync(server.Url("/script-image").AbsoluteUri);

        Assert.NotNull(preview);
        Assert.Equal("T", preview.Title);
        Assert.Null(preview.ImageUrl);
    }

    [Fact]
    public async Task Does_not_parse_a_response_that_is_not_html()
    {
        using var test = new LinkPreviewTestFetcher(server);

        var preview = await test.Fetcher.FetchAsync(server.Url("/image").AbsoluteUri);

        Assert.Null(preview);
        Assert.Equal(1, server.Hits("/image"));
    }

    [Fact]
    public async Task Follows_redirects_up_to_the_cap_and_keeps_the_requested_url()
    {
        using var test = new LinkPreviewTestFetcher(server, o => o.MaxRedirects = 3);

        var preview = await test.Fetcher.FetchAsync(server.Url("/hop/3").AbsoluteUri);

        Assert.NotNull(preview);
        Assert.Equal("Night Drive & Chill", preview.Title);
        Assert.Equal(server.Url("/hop/3").AbsoluteUri, preview.Url);
        Assert.Equal(server.Url("/img/cover.png").AbsoluteUri, preview.ImageUrl);
    }
}
