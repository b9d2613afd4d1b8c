using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Notifications.Email;

namespace ProducersAvenue.Domain;

public static class DomainServiceCollectionExtensions
{
    /// <summary>Every feature's services and options; one line per feature.</summary>
    public static IServiceCollection AddProducersAvenueDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IMailer, OutboxMailer>();
        services.AddAccounts(configuration);
        services.AddSingleton<INotificationBroadcaster, InProcessNotificationBroadcaster>();
        services.AddScoped<INotifier, Notifier>();
        return services;
    }
}
