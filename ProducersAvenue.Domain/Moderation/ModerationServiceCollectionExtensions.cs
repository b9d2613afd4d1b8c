using Microsoft.Extensions.DependencyInjection;

namespace ProducersAvenue.Domain.Moderation;

public static class ModerationServiceCollectionExtensions
{
    /// <summary>Members' reports (judging them comes with the moderation issue).</summary>
    public static IServiceCollection AddModeration(this IServiceCollection services)
    {
        services.AddScoped<ReportService>();
        return services;
    }
}
