using Microsoft.Extensions.DependencyInjection;

namespace ProducersAvenue.Domain.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="TJob"/> as a recurring job (scoped: one instance per run).</summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services) where TJob : class, IRecurringJob
    {
        services.AddScoped<TJob>();
        services.AddScoped<IRecurringJob>(sp => sp.GetRequiredService<TJob>());
        return services;
    }
}
