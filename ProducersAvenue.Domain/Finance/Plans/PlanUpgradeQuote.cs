namespace ProducersAvenue.Domain.Finance.Plans;

/// <summary>
/// An upgrade as the member confirms it: what it costs now (the new price less the unused part of the current period), when
/// the new plan renews and at what price, and the change the member had scheduled (a cancellation is <c>Basic</c>) that the
/// upgrade calls off — they are told before paying, not after.
/// </summary>
public sealed record PlanUpgradeQuote(long ChargeNowCents, DateTimeOffset RenewsAt, long RenewalCents, SubscriptionTier? Withdrawn, BillingInterval? WithdrawnInterval);
