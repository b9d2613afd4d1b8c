using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Content.Rendering;
using ProducersAvenue.Tests.Unit.Content;

namespace ProducersAvenue.Tests.Integration.Content;

/// <summary>The services as the app registers them (<c>AddContent</c>), configured from settings.</summary>
public sealed class ContentServicesRegistrationTests(LocalPageServer server) : IClassFixture<LocalPageServer>
{
    [Fact]
    public async Task The_registered_link_preview_client_is_guarded_and_honours_the_configured_allow_list()
    {
        await using var guarded = Build(new Dictionary<string, string?>());
        await using var allowListed = Build(new Dictionary<string, string?> { ["LinkPreview:AllowedHosts:0"] = server.HostAndPort });

        var refused = await guarded.GetRequiredService<ILinkPreviewFetcher>().FetchAsync(server.Url("/plain").AbsoluteUri);
        Assert.Null(refused);
        Assert.Equal(0, server.Hits("/plain"));

        var preview = await allowListed.GetRequiredService<ILinkPreviewFetcher>().FetchAsync(server.Url("/plain").AbsoluteUri);
        Assert.Equal("Only a title", preview?.Title);
    }

    [Fact]
    public async Task The_registered_client_does_not_follow_redirects_by_itself()
    {
        await using var services = Build(new Dictionary<string, string?>
        {
            ["LinkPreview:AllowedHosts:0"] = server.HostAndPort,
            ["LinkPreview:MaxRedirects"] = "0",
        });

        var preview = await services.GetRequiredService<ILinkPreviewFetcher>().FetchAsync(server.Url("/hop/1").AbsoluteUri);

        Assert.Null(preview);
        Assert.Equal(0, server.Hits("/page"));
    }

    [Fact]
    public async Task Markdown_and_media_rules_resolve_with_configured_limits()
    {
        await using var services = Build(new Dictionary<string, string?> { ["Media:MaxImageBytes"] = "2097152" });

        Assert.Contains("<strong>hi</strong>", services.GetRequiredService<IMarkdownRenderer>().ToSafeHtml("**hi**"));
        var result = services.GetRequiredService<MediaUploadRules>().Check(MediaSamples.Png, 3 * 1024 * 1024);
        Assert.Equal("Images can be up to 2 MB.", result.ErrorFor(ContentErrors.MediaField));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddContent(configuration).BuildServiceProvider(validateScopes: true);
    }
}
