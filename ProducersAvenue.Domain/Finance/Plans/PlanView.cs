namespace ProducersAvenue.Domain.Finance.Plans;

/// <summary>A member's plan as the pricing page shows it, with a change waiting for the end of the period.</summary>
public sealed record PlanView(
    SubscriptionTier Tier, BillingInterval? Interval, SubscriptionStatus Status, bool IsPartnerAccount, DateTimeOffset? PeriodStart, DateTimeOffset? PeriodEnd,
    SubscriptionTier? ScheduledTier, BillingInterval? ScheduledInterval)
{
    /// <summary>What the member's sales pay: partner accounts have ultimate's rights whatever their row says.</summary>
    public SubscriptionTier EffectiveTier => IsPartnerAccount ? SubscriptionTier.Ultimate : Tier;
}
