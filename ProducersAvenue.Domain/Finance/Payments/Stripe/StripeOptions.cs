using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Payments.Stripe;

/// <summary>
/// Configuration section <c>Stripe</c>, used when <c>Money:Processor</c> is <c>Stripe</c>. Secrets come from configuration
/// (environment or a secrets store), never from the repository.
/// </summary>
public sealed class StripeOptions
{
    public const string Section = "Stripe";

    /// <summary>The secret API key (<c>sk_live_…</c> or <c>sk_test_…</c>).</summary>
    public string? SecretKey { get; set; }

    /// <summary>The signing secret of the <c>/webhooks/stripe</c> endpoint (<c>whsec_…</c>).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The API's address; set only to reach a local fake of it in tests.</summary>
    public string? ApiBase { get; set; }

    /// <summary>The platform's public address, where Checkout sends buyers back (<c>https://producersavenue.example</c>).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>Seconds a webhook's signed timestamp may be old.</summary>
    public long WebhookToleranceSeconds { get; set; } = 300;

    /// <summary>
    /// Stripe Billing's price ids of the paid plans (decision 222), keyed <c>{tier}_{interval}</c>: <c>standard_monthly</c>,
    /// <c>standard_annual</c>, <c>premium_monthly</c>, <c>premium_annual</c>, <c>ultimate_monthly</c>, <c>ultimate_annual</c>.
    /// </summary>
    public Dictionary<string, string> PlanPrices { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The price id of <paramref name="tier"/> billed every <paramref name="interval"/>, when configured.</summary>
    public string? PriceFor(SubscriptionTier tier, BillingInterval interval) =>
        PlanPrices.FirstOrDefault(p => string.Equals(p.Key, Key(tier, interval), StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>The tier and interval a configured price id stands for.</summary>
    public (SubscriptionTier Tier, BillingInterval Interval)? PlanFor(string? priceId)
    {
        if (string.IsNullOrEmpty(priceId)) return null;
        foreach (var tier in new[] { SubscriptionTier.Standard, SubscriptionTier.Premium, SubscriptionTier.Ultimate })
            foreach (var interval in Enum.GetValues<BillingInterval>())
                if (PriceFor(tier, interval) == priceId) return (tier, interval);
        return null;
    }

    private static string Key(SubscriptionTier tier, BillingInterval interval) =>
        $"{EnumText<SubscriptionTier>.ToText(tier)}_{EnumText<BillingInterval>.ToText(interval)}";
}
