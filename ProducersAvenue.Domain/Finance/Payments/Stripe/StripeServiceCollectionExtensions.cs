using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Finance.Plans;
using Stripe;

namespace ProducersAvenue.Domain.Finance.Payments.Stripe;

public static class StripeServiceCollectionExtensions
{
    /// <summary>Stripe as the payment processor: its client (pointed at <see cref="StripeOptions.ApiBase"/> when set) and keys checked at start.</summary>
    public static IServiceCollection AddStripeProcessor(this IServiceCollection services)
    {
        services.AddOptions<StripeOptions>()
            .Validate(o => !string.IsNullOrEmpty(o.SecretKey) && !string.IsNullOrEmpty(o.WebhookSecret),
                "Money:Processor is Stripe: set Stripe:SecretKey and Stripe:WebhookSecret.")
            .ValidateOnStart();
        services.AddSingleton<IStripeClient>(sp =>
        {
            var stripe = sp.GetRequiredService<IOptions<StripeOptions>>().Value;
            return new StripeClient(new StripeClientOptions { ApiKey = stripe.SecretKey, ApiBase = stripe.ApiBase ?? StripeClient.DefaultApiBase });
        });
        services.AddSingleton<IPaymentProcessor, StripePaymentProcessor>();
        services.AddSingleton<ISubscriptionBilling, StripeSubscriptionBilling>();
        return services;
    }
}
