using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ProducersAvenue.Domain.Marketplace;

public static class ServiceListingsServiceCollectionExtensions
{
    /// <summary>Services and mentoring: listings, their portfolio uploads and Find a Mentor (section <c>Services</c>).</summary>
    public static IServiceCollection AddServiceListings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ServiceListingOptions>().Bind(configuration.GetSection(ServiceListingOptions.Section))
            .Validate(o => o.MaxPackages >= 1 && o.MinDeliveryDays >= 1 && o.MaxDeliveryDays >= o.MinDeliveryDays && o.MaxRevisions >= 0 &&
                           o.MentorsPerPage >= 1, "Services: at least one package, a delivery range of whole days, revisions and a page size.")
            .ValidateOnStart();
        services.AddScoped<ServiceListingService>();
        services.AddScoped<ServicePortfolio>();
        services.AddScoped<MentorDirectory>();
        services.AddScoped<ServiceChoices>();
        return services;
    }
}
