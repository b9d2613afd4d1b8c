using Microsoft.Extensions.Options;

namespace ProducersAvenue.Web.Components.Pages.Social.Components;

public static class SocialCardsServiceCollectionExtensions
{
    /// <summary>What the post cards need beyond the social services: the cache of post bodies (decision 110).</summary>
    public static IServiceCollection AddSocialCards(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PostBodyCacheOptions>().Bind(configuration.GetSection(PostBodyCacheOptions.Section))
            .Validate(o => o.SizeLimitChars > 0 && o.SlidingExpiration > TimeSpan.Zero, "PostBodyCache needs a positive size limit and expiration.")
            .ValidateOnStart();
        services.AddSingleton<PostBodyCache>();
        return services;
    }
}
