using Microsoft.Extensions.DependencyInjection;

namespace ProducersAvenue.Domain.Finance.Payouts.Connect;

public static class ConnectServiceCollectionExtensions
{
    /// <summary>Stripe Connect payouts: through Stripe.net when the processor is Stripe (its client comes with it), else the sandbox.</summary>
    public static IServiceCollection AddStripeConnect(this IServiceCollection services, bool useStripe)
    {
        if (useStripe) services.AddSingleton<IStripeConnect, StripeConnectClient>();
        else services.AddSingleton<IStripeConnect, SandboxStripeConnect>();
        services.AddScoped<StripeConnectEvents>();
        services.AddScoped<SandboxStripeOnboarding>();
        return services;
    }
}
