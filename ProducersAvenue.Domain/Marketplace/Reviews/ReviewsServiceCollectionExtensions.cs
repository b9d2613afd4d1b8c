using Microsoft.Extensions.DependencyInjection;

namespace ProducersAvenue.Domain.Marketplace.Reviews;

public static class ReviewsServiceCollectionExtensions
{
    /// <summary>Verified reviews of listings: writing, responding, helpful marks (<see cref="ReviewService"/>) and their reads.</summary>
    public static IServiceCollection AddReviews(this IServiceCollection services)
    {
        services.AddScoped<ReviewService>();
        services.AddScoped<ReviewQueries>();
        return services;
    }
}
