using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ProducersAvenue.Domain.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Local-disk storage (root from <c>Storage:Local:Root</c>, relative to the content root) and the upload validator.</summary>
    public static IServiceCollection AddFileStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.Configure<UploadOptions>(configuration.GetSection(UploadOptions.Section));
        services.AddSingleton<IFileStorage>(sp =>
        {
            var root = sp.GetRequiredService<IOptions<StorageOptions>>().Value.Local.Root;
            var contentRoot = sp.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
            return new LocalDiskFileStorage(Path.Combine(contentRoot, root), sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<ImageUploadValidator>();
        return services;
    }
}
