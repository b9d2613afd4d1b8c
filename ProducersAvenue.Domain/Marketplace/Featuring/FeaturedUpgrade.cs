using ProducersAvenue.Domain.Finance;

namespace ProducersAvenue.Domain.Marketplace.Featuring;

/// <summary>A plan that features more listings than the seller's, and how many.</summary>
public sealed record FeaturedUpgrade(SubscriptionTier Tier, int Limit);
