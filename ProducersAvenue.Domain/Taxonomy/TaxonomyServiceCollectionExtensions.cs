using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Taxonomy;

public static class TaxonomyServiceCollectionExtensions
{
    public static IServiceCollection AddTaxonomy(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TaxonomyOptions>(configuration.GetSection(TaxonomyOptions.Section));
        services.AddScoped<TaxonomyService>();
        services.AddScoped<PlatformSettingsWriter>();
        return services;
    }
}
