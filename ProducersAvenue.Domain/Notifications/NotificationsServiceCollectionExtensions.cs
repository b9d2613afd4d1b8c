using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Jobs;
using ProducersAvenue.Domain.Notifications.Digest;
using ProducersAvenue.Domain.Notifications.Email;
using ProducersAvenue.Domain.Notifications.Unsubscribe;

namespace ProducersAvenue.Domain.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>
    /// The one notification path (the notifier and the bell's broadcaster, the member's list, preferences, digests and unsubscribe links) and the one email path (the
    /// outbox: its writer, its reader for admins, and SMTP delivery as a recurring job).
    /// </summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<INotificationBroadcaster, InProcessNotificationBroadcaster>();
        services.AddScoped<INotifier, Notifier>();
        services.AddScoped<NotificationQueryService>();
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.Section));
        services.AddScoped<NotificationPreferenceService>();
        services.AddScoped<NotificationEmails>();
        services.AddScoped<UnsubscribeLinks>();
        services.AddScoped<UnsubscribeService>();
        services.AddScoped<NotificationDigest>();
        services.AddRecurringJob<NotificationDigestJob>();
        services.AddScoped<IMailer, OutboxMailer>();
        services.AddScoped<OutboxBrowser>();
        services.AddScoped<SmtpOutboxDelivery>();
        services.AddRecurringJob<OutboxDeliveryJob>();
        return services;
    }
}
