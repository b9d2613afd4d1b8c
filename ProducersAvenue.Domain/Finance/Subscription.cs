using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Finance;

/// <summary>
/// <c>subscriptions</c>: the member's tier; one row per user (made by the signup trigger), updated on upgrade and
/// downgrade. Status: active ⇄ past_due → unpaid → active (paid again); active, past_due or unpaid → cancelled. The
/// tier changes only while active; paid tiers bill monthly or annually, basic never.
/// </summary>
public class Subscription : IHasTimestamps
{
    public const int StripeIdMaxLength = 255;

    private Subscription() { }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public SubscriptionTier Tier { get; private set; } = SubscriptionTier.Basic;
    /// <summary>Null for the free basic tier.</summary>
    public BillingInterval? Interval { get; private set; }
    public SubscriptionStatus Status { get; private set; } = SubscriptionStatus.Active;
    public string? StripeSubscriptionId { get; private set; }
    public string? StripeCustomerId { get; private set; }
    public string? StripePriceId { get; private set; }
    public DateTimeOffset? CurrentPeriodStart { get; private set; }
    public DateTimeOffset? CurrentPeriodEnd { get; private set; }
    /// <summary>Scheduled cancellation.</summary>
    public DateTimeOffset? CancelAt { get; private set; }
    /// <summary>Actual cancellation.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// The plan as a checkout priced it: tier, interval, status and period. A plan payment opened in a second tab is priced
    /// against the same plan as the first; once one is paid the plan has moved, and the other no longer buys what it says.
    /// </summary>
    public string PricedState => FormattableString.Invariant($"{Tier}|{Interval}|{Status}|{CurrentPeriodStart:O}");

    /// <summary>Upgrade or downgrade (the proration and the period-end rule are the payment service's).</summary>
    public Result ChangeTier(SubscriptionTier tier, BillingInterval? interval)
    {
        if (Status != SubscriptionStatus.Active) return FinanceErrors.PlanNotActive;
        if (tier == SubscriptionTier.Basic && interval is not null) return FinanceErrors.BasicHasNoBilling;
        if (tier != SubscriptionTier.Basic && interval is null) return FinanceErrors.IntervalRequired;
        (Tier, Interval) = (tier, interval);
        return Result.Success();
    }

    /// <summary>The plan is billed by Stripe (decision 222): its customer, subscription and price, as Checkout and the webhooks name them.</summary>
    public void LinkStripe(string? customerId, string? subscriptionId, string? priceId)
    {
        StripeCustomerId = customerId ?? StripeCustomerId;
        StripeSubscriptionId = subscriptionId ?? StripeSubscriptionId;
        StripePriceId = priceId ?? StripePriceId;
    }

    /// <summary>A renewal payment failed.</summary>
    public Result MarkPastDue() => Move(SubscriptionStatus.PastDue, SubscriptionStatus.Active);

    /// <summary>The processor gave up retrying.</summary>
    public Result MarkUnpaid() => Move(SubscriptionStatus.Unpaid, SubscriptionStatus.PastDue);

    /// <summary>A payment settled the plan.</summary>
    public Result MarkPaid(DateTimeOffset periodStart, DateTimeOffset periodEnd)
    {
        var moved = Move(SubscriptionStatus.Active, SubscriptionStatus.PastDue, SubscriptionStatus.Unpaid);
        if (moved.Succeeded) (CurrentPeriodStart, CurrentPeriodEnd) = (periodStart, periodEnd);
        return moved;
    }

    /// <summary>
    /// A payment started a new period — an upgrade, a renewal, or a late payment settled: the plan is active again until
    /// <paramref name="end"/>, and no cancellation is scheduled any more.
    /// </summary>
    public Result StartPeriod(DateTimeOffset start, DateTimeOffset end)
    {
        if (Tier == SubscriptionTier.Basic || end <= start) return FinanceErrors.IntervalRequired;
        (Status, CurrentPeriodStart, CurrentPeriodEnd, CancelAt) = (SubscriptionStatus.Active, start, end, null);
        return Result.Success();
    }

    /// <summary>The paid plan ended at the close of its period (a cancellation or a downgrade to basic): back to basic.</summary>
    public void ReturnToBasic(DateTimeOffset now)
    {
        (Tier, Interval, Status, CurrentPeriodStart, CurrentPeriodEnd, CancelAt) = (SubscriptionTier.Basic, null, SubscriptionStatus.Active, null, null, null);
        CancelledAt = now;
    }

    /// <summary>Ends the plan now.</summary>
    public Result Cancel(DateTimeOffset now)
    {
        var moved = Move(SubscriptionStatus.Cancelled, SubscriptionStatus.Active, SubscriptionStatus.PastDue, SubscriptionStatus.Unpaid);
        if (moved.Succeeded) CancelledAt = now;
        return moved;
    }

    private Result Move(SubscriptionStatus to, params SubscriptionStatus[] from)
    {
        if (!from.Contains(Status)) return FinanceErrors.SubscriptionIllegalTransition(Status, to);
        Status = to;
        return Result.Success();
    }
}
