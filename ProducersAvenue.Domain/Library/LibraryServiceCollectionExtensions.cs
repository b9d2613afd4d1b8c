using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Library;

public static class LibraryServiceCollectionExtensions
{
    /// <summary>The member's library and the download rule of product files.</summary>
    public static IServiceCollection AddLibrary(this IServiceCollection services)
    {
        services.AddScoped<LibraryService>();
        services.AddScoped<IPrivateFileRule, ProductFileRule>();
        return services;
    }
}
