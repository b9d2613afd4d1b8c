using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Content.Rendering;

namespace ProducersAvenue.Domain.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>Markdown rendering, link previews (on the SSRF-guarded handler) and media upload rules.</summary>
    public static IServiceCollection AddContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LinkPreviewOptions>(configuration.GetSection(LinkPreviewOptions.Section));
        services.Configure<MediaOptions>(configuration.GetSection(MediaOptions.Section));

        services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        services.AddSingleton<MediaUploadRules>();
        services.AddHttpClient<ILinkPreviewFetcher, LinkPreviewFetcher>()
            .ConfigurePrimaryHttpMessageHandler(sp =>
                LinkPreviewConnectionGuard.CreateHandler(sp.GetRequiredService<IOptions<LinkPreviewOptions>>().Value));
        return services;
    }
}
