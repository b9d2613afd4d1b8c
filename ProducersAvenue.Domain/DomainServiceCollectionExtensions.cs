using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Notifications.Email;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Domain.Taxonomy;

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
        services.AddSocial(configuration);
        services.AddFileStorage(configuration);
        services.AddProfiles(configuration);
        services.AddTaxonomy(configuration);
        services.AddContent(configuration);
        return services;
    }
}
