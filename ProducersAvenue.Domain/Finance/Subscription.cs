using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Finance;

/// <summary><c>subscriptions</c>: the member's tier; one row per user, updated on upgrade and downgrade.</summary>
public class Subscription : IHasTimestamps
{
    public const int StripeIdMaxLength = 255;

    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public SubscriptionTier Tier { get; set; } = SubscriptionTier.Basic;
    /// <summary>Null for the free basic tier.</summary>
    public BillingInterval? Interval { get; set; }
    public SubscriptionStatus Status { get; set; } = SubscriptionStatus.Active;
    public string? StripeSubscriptionId { get; set; }
    public string? StripeCustomerId { get; set; }
    public string? StripePriceId { get; set; }
    public DateTimeOffset? CurrentPeriodStart { get; set; }
    public DateTimeOffset? CurrentPeriodEnd { get; set; }
    /// <summary>Scheduled cancellation.</summary>
    public DateTimeOffset? CancelAt { get; set; }
    /// <summary>Actual cancellation.</summary>
    public DateTimeOffset? CancelledAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
