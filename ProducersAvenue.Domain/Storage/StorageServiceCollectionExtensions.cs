using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ProducersAvenue.Domain.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The file store chosen by <c>Storage:Provider</c>: local disk (the default; root from <c>Storage:Local:Root</c>, relative
    /// to the content root) or Bunny.net Storage (<c>Storage:Bunny</c>); the image re-encoder and the upload validator.
    /// </summary>
    public static IServiceCollection AddFileStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.Configure<UploadOptions>(configuration.GetSection(UploadOptions.Section));
        services.Configure<ImageOptions>(configuration.GetSection(ImageOptions.Section));
        services.AddHttpClient(BunnyFileStorage.HttpClientName);
        services.AddSingleton<IFileStorage>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var clock = sp.GetRequiredService<TimeProvider>();
            if (options.Provider == StorageProvider.Bunny) return Bunny(sp, options.Bunny, clock);
            var contentRoot = sp.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
            return new LocalDiskFileStorage(Path.Combine(contentRoot, options.Local.Root), clock);
        });
        services.AddSingleton<ImageReencoder>();
        services.AddSingleton<ImageUploadValidator>();
        services.AddDataProtection();
        services.AddScoped<PrivateFiles>();
        return services;
    }

    private static BunnyFileStorage Bunny(IServiceProvider services, BunnyStorageOptions options, TimeProvider clock)
    {
        var missing = new[] { ("StorageZone", options.StorageZone), ("AccessKey", options.AccessKey), ("PullZoneUrl", options.PullZoneUrl), ("Endpoint", options.Endpoint) }
            .Where(s => string.IsNullOrWhiteSpace(s.Item2)).Select(s => "Storage:Bunny:" + s.Item1).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"Storage:Provider is Bunny but {string.Join(", ", missing)} is not set (see README, \"File storage\").");
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(BunnyFileStorage.HttpClientName);
        http.Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        return new BunnyFileStorage(http, options, clock);
    }
}
