using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ProducersAvenue.Domain.Jobs;

namespace ProducersAvenue.Domain.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>Conversations, messages, the member's messaging setting and the live broadcaster (in-process unless one is registered first).</summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MessagingOptions>(configuration.GetSection(MessagingOptions.Section));
        services.TryAddSingleton<IMessageBroadcaster, InProcessMessageBroadcaster>();
        services.AddScoped<ConversationService>();
        services.AddScoped<ConversationQueries>();
        services.AddScoped<MessagingSettings>();
        services.AddScoped<MessageAttachments>();
        services.AddScoped<MessageEmails>();
        services.AddRecurringJob<MessageEmailsJob>();
        services.AddScoped<Social.IBlockObserver, BlockedConversations>();
        services.AddScoped<Storage.IPrivateFileRule, MessageAttachmentRule>();
        return services;
    }
}
