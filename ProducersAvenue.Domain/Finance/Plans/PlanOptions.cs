namespace ProducersAvenue.Domain.Finance.Plans;

/// <summary>
/// Configuration section <c>Plans</c>: what each paid tier costs per month and per year, in cents (product rules,
/// "Subscription tiers"), and when the plan periods are looked at (renewals, scheduled changes).
/// </summary>
public sealed class PlanOptions
{
    public const string Section = "Plans";

    public long StandardMonthlyCents { get; set; } = 900;
    public long StandardAnnualCents { get; set; } = 9_000;
    public long PremiumMonthlyCents { get; set; } = 1_900;
    public long PremiumAnnualCents { get; set; } = 19_000;
    public long UltimateMonthlyCents { get; set; } = 3_900;
    public long UltimateAnnualCents { get; set; } = 39_000;

    /// <summary>The smallest amount an upgrade charges after the unused part of the current plan is credited.</summary>
    public long MinimumChargeCents { get; set; } = 100;

    /// <summary>When plan periods that ended are renewed or changed (five-field cron, UTC).</summary>
    public string PeriodsCron { get; set; } = "*/30 * * * *";

    /// <summary>The price of <paramref name="tier"/> billed every <paramref name="interval"/>; 0 for basic.</summary>
    public long PriceCents(SubscriptionTier tier, BillingInterval interval) => (tier, interval) switch
    {
        (SubscriptionTier.Standard, BillingInterval.Monthly) => StandardMonthlyCents,
        (SubscriptionTier.Standard, BillingInterval.Annual) => StandardAnnualCents,
        (SubscriptionTier.Premium, BillingInterval.Monthly) => PremiumMonthlyCents,
        (SubscriptionTier.Premium, BillingInterval.Annual) => PremiumAnnualCents,
        (SubscriptionTier.Ultimate, BillingInterval.Monthly) => UltimateMonthlyCents,
        (SubscriptionTier.Ultimate, BillingInterval.Annual) => UltimateAnnualCents,
        _ => 0,
    };

    /// <summary>"$39.00 a month": what <paramref name="tier"/> billed every <paramref name="interval"/> costs, in a member's message.</summary>
    public string PriceWords(SubscriptionTier tier, BillingInterval interval) => $"{Money.Format(PriceCents(tier, interval))} a {PlanNames.Period(interval)}";

    /// <summary>The end of a period of <paramref name="interval"/> that starts at <paramref name="start"/>.</summary>
    public static DateTimeOffset PeriodEnd(DateTimeOffset start, BillingInterval interval) =>
        interval == BillingInterval.Annual ? start.AddYears(1) : start.AddMonths(1);
}
