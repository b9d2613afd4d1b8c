using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Notifications.Email;

namespace ProducersAvenue.Domain.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>Account rules and the email outbox's reader and SMTP delivery.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccountOptions>(configuration.GetSection(AccountOptions.Section));
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.AddScoped<UsernameAvailability>();
        services.AddScoped<AccountSuspensions>();
        services.AddScoped<OutboxBrowser>();
        services.AddScoped<SmtpOutboxDelivery>();
        return services;
    }
}
