using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Library;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Marketplace.Reviews;
using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Domain.Moderation;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Domain.Persistence;
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
        services.BindDatabaseOptions(configuration);
        services.TryAddSingleton<IPublicPageCache, PublicContentEviction>(); // empties each IPublicContentCache registered
        services.AddNotifications(configuration);
        services.AddAccounts(configuration);
        services.AddSocial(configuration);
        services.AddFileStorage(configuration);
        services.AddProfiles(configuration);
        services.AddTaxonomy(configuration);
        services.AddContent(configuration);
        services.AddFinance(configuration);
        services.AddMarketplace(configuration);
        services.AddLibrary();
        services.AddServiceListings(configuration);
        services.AddReviews();
        services.AddMessaging(configuration);
        services.AddOrders(configuration);
        services.AddModeration();
        return services;
    }
}
