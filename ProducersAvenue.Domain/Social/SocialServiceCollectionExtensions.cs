using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Notifications;

namespace ProducersAvenue.Domain.Social;

public static class SocialServiceCollectionExtensions
{
    /// <summary>
    /// Follows, posts, feeds, likes, comments, polls, tags, search and the notification queries. Needs an
    /// <c>IMarkdownRenderer</c> and an <c>ILinkPreviewFetcher</c> (the content feature registers them).
    /// </summary>
    public static IServiceCollection AddSocial(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SocialOptions>(configuration.GetSection(SocialOptions.Section));
        services.TryAddSingleton<IPublicPageCache, PublicContentEviction>(); // empties each IPublicContentCache registered
        services.AddScoped<FollowService>();
        services.AddScoped<PostService>();
        services.AddScoped<PostMediaService>();
        services.AddScoped<FeedService>();
        services.AddScoped<PostWaveforms>();
        services.AddScoped<LikeService>();
        services.AddScoped<CommentService>();
        services.AddSingleton<IPostBroadcaster, InProcessPostBroadcaster>();
        services.AddScoped<PollService>();
        services.AddScoped<TagService>();
        services.AddSingleton<TrendingTagsCache>();
        services.AddSingleton<PublicTagCounts>();
        services.AddScoped<SearchService>();
        services.AddScoped<MentionSuggestions>();
        services.AddScoped<BlockService>();
        services.AddScoped<MuteService>();
        return services;
    }
}
