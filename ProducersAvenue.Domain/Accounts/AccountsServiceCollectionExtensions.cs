using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ProducersAvenue.Domain.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>Account rules: usernames, suspensions, closing an account, downloading one's data.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccountOptions>(configuration.GetSection(AccountOptions.Section));
        services.AddScoped<UsernameAvailability>();
        services.AddScoped<AccountSuspensions>();
        services.AddScoped<AccountDeletion>();
        services.AddScoped<PersonalDataExport>();
        return services;
    }
}
