using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Finance.Plans;

/// <summary>
/// A processor that bills plans itself (Stripe Billing, decision 222): Checkout in subscription mode starts a plan, and its
/// customer portal changes, cancels or fixes the payment of one. Registered only when <c>Money:Processor</c> is Stripe; in
/// the sandbox plans are paid through the one payment path (decision 194).
/// </summary>
public interface ISubscriptionBilling
{
    /// <summary>Opens a subscription checkout for <paramref name="request"/>'s plan and returns where the member pays.</summary>
    Task<Result<string>> StartCheckoutAsync(SubscriptionCheckoutRequest request, CancellationToken cancellationToken = default);

    /// <summary>Opens the customer portal of <paramref name="customerId"/> and returns its address.</summary>
    Task<Result<string>> PortalAsync(string customerId, CancellationToken cancellationToken = default);
}

/// <summary>Who subscribes to what: the member, their plan row, the tier and interval, and their processor customer when they have one.</summary>
public sealed record SubscriptionCheckoutRequest(Guid UserId, Guid SubscriptionId, SubscriptionTier Tier, BillingInterval Interval, string? CustomerId);
