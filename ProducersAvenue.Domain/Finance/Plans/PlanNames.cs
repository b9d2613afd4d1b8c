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

    /// <summary>"month" or "year": what one payment of a plan billed <paramref name="interval"/> covers.</summary>
    public static string Period(BillingInterval interval) => interval == BillingInterval.Annual ? "year" : "month";

    /// <summary>A plan's date in a member's message (the period's end, a renewal): "7 Jan 2027", in UTC.</summary>
    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The sentence telling a member that an upgrade calls off the change they had scheduled (<c>Basic</c>: a cancellation),
    /// for the upgrade's confirmation and its payment's notification alike; empty when nothing was scheduled.
    /// </summary>
    public static string Withdrawn(SubscriptionTier? scheduled, BillingInterval? scheduledInterval) => scheduled switch
    {
        null => "",
        SubscriptionTier.Basic => " The cancellation you had asked for no longer applies; you can cancel again at any time.",
        { } tier => $" The switch to {Of(tier, scheduledInterval)} you had asked for no longer applies.",
    };
}
