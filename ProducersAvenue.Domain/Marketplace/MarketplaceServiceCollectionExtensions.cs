using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Jobs;

namespace ProducersAvenue.Domain.Marketplace;

public static class MarketplaceServiceCollectionExtensions
{
    /// <summary>Listings: the product service, its reads, its uploads and its limits (section <c>Marketplace</c>); the storefront.</summary>
    public static IServiceCollection AddMarketplace(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MarketplaceOptions>().Bind(configuration.GetSection(MarketplaceOptions.Section))
            .Validate(o => o.MaxPreviewAudioBytes > 0 && o.MaxPreviewVideoBytes > 0 && o.MaxProductFileBytes > 0 && o.MaxImageBytes > 0, "Upload limits are positive.")
            .ValidateOnStart();
        services.AddSingleton<ListingPriceRange>();
        services.AddSingleton<ProductValidation>();
        services.AddScoped<ProductUploads>();
        services.AddScoped<ProductService>();
        services.AddScoped<ProductQueries>();
        services.AddScoped<ProductLikes>();
        services.AddScoped<StorefrontQueries>();
        services.AddScoped<StorefrontSellers>();
        services.AddSingleton<StorefrontCache>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPublicContentCache, StorefrontCache>(sp => sp.GetRequiredService<StorefrontCache>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConnectionViewCache, StorefrontCache>(sp => sp.GetRequiredService<StorefrontCache>()));
        services.AddOptions<Featuring.FeaturedOptions>().Bind(configuration.GetSection(Featuring.FeaturedOptions.Section))
            .Validate(o => o is { Basic: >= 0, Standard: >= 0, Premium: >= 0, Ultimate: >= 0, Partner: >= 0 }, "Featured limits are not negative.")
            .ValidateOnStart();
        services.AddScoped<Featuring.FeaturedListings>();
        services.AddScoped<ListingWaveforms>();
        services.AddScoped<ProductFileUpdates>();
        services.AddRecurringJob<ProductFileUpdatesJob>();
        return services;
    }
}
