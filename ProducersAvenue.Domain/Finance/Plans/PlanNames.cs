namespace ProducersAvenue.Domain.Finance.Plans;

/// <summary>How tiers and intervals read to members.</summary>
public static class PlanNames
{
    public static string Of(SubscriptionTier tier) => tier switch
    {
        SubscriptionTier.Standard => "Standard",
        SubscriptionTier.Premium => "Premium",
        SubscriptionTier.Ultimate => "Ultimate",
        _ => "Basic",
    };

    public static string Of(BillingInterval interval) => interval == BillingInterval.Annual ? "annual" : "monthly";

    /// <summary>"Standard (annual)": the plan with its billing, where two plans of one tier could be meant.</summary>
    public static string Of(SubscriptionTier tier, BillingInterval? interval) =>
        interval is { } billed && tier != SubscriptionTier.Basic ? $"{Of(tier)} ({Of(billed)})" : Of(tier);
}
