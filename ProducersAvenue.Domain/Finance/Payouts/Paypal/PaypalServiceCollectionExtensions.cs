using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ProducersAvenue.Domain.Finance.Payouts.Paypal;

public static class PaypalServiceCollectionExtensions
{
    /// <summary>PayPal as a payout method: the Payouts API client when <c>Money:Paypal:ClientId</c> is set, else the sandbox.</summary>
    public static IServiceCollection AddPaypalPayouts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PaypalOptions>().Bind(configuration.GetSection(PaypalOptions.Section))
            .Validate(o => !o.UsesApi || (!string.IsNullOrWhiteSpace(o.Secret) && Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out _)),
                "Money:Paypal:ClientId is set: set Money:Paypal:Secret and an absolute Money:Paypal:BaseUrl too.")
            .Validate(o => o.VerificationHours is > 0 and <= 24 * 14 && o.TimeoutSeconds > 0,
                "Money:Paypal:VerificationHours is between 1 and 336, and TimeoutSeconds is positive.")
            .ValidateOnStart();
        services.AddScoped<PaypalPayoutMethod>();
        var paypal = configuration.GetSection(PaypalOptions.Section).Get<PaypalOptions>() ?? new PaypalOptions();
        if (paypal.UsesApi)
        {
            services.AddHttpClient<IPaypalPayouts, PaypalPayoutsClient>((sp, http) =>
            {
                var o = sp.GetRequiredService<IOptions<PaypalOptions>>().Value;
                http.BaseAddress = new Uri(o.BaseUrl.TrimEnd('/') + "/");
                http.Timeout = TimeSpan.FromSeconds(o.TimeoutSeconds);
            });
        }
        else
        {
            services.AddSingleton<IPaypalPayouts, SandboxPaypalPayouts>();
        }
        return services;
    }
}
