using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Content.Audio;
using ProducersAvenue.Domain.Content.Rendering;

namespace ProducersAvenue.Domain.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>Markdown rendering, link previews (on the SSRF-guarded handler), media upload rules and audio waveforms.</summary>
    public static IServiceCollection AddContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LinkPreviewOptions>(configuration.GetSection(LinkPreviewOptions.Section));
        services.Configure<MediaOptions>(configuration.GetSection(MediaOptions.Section));

        services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        services.AddSingleton<MediaUploadRules>();
        services.AddOptions<SitemapOptions>().Bind(configuration.GetSection(SitemapOptions.Section))
            .Validate(o => o.PageSize is >= 1 and <= 50_000, "Sitemap:PageSize is between 1 and 50,000 addresses.")
            .ValidateOnStart();
        services.AddSingleton<PublicAddresses>();
        services.AddSingleton<AudioDecoder>();
        services.AddScoped<AudioWaveforms>();
        services.AddScoped<AudioStore>();
        // The fetcher logs each failure itself as one warning line; the client factory's own loggers would add the
        // exception with its stack trace at information level for every unreachable page a member links to.
        services.AddHttpClient<ILinkPreviewFetcher, LinkPreviewFetcher>()
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(sp =>
                LinkPreviewConnectionGuard.CreateHandler(sp.GetRequiredService<IOptions<LinkPreviewOptions>>().Value));
        return services;
    }
}
