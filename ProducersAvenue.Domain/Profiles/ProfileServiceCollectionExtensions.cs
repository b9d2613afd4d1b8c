using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ProducersAvenue.Domain.Profiles;

public static class ProfileServiceCollectionExtensions
{
    public static IServiceCollection AddProfiles(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ProfileOptions>(configuration.GetSection(ProfileOptions.Section));
        services.AddScoped<ProfileService>();
        services.AddScoped<OnboardingService>();
        return services;
    }
}
