using ProducersAvenue.Domain.Finance;

namespace ProducersAvenue.Domain.Marketplace.Featuring;

/// <summary>
/// Configuration section <c>Featured</c>: how many listings (products and services together) each plan may feature at
/// once. Defaults are the product rules' "Subscription tiers" table.
/// </summary>
public sealed class FeaturedOptions
{
    public const string Section = "Featured";

    public int Basic { get; set; }
    public int Standard { get; set; } = 1;
    public int Premium { get; set; } = 3;
    public int Ultimate { get; set; } = 10;
    /// <summary>"Ultimate for friends" (<c>is_partner_account</c>), whatever the subscription row says.</summary>
    public int Partner { get; set; } = 10;

    /// <summary>The limit of a seller's plan.</summary>
    public int LimitFor(SellerPlan plan) => plan.IsPartnerAccount ? Math.Max(Partner, LimitFor(plan.Tier)) : LimitFor(plan.Tier);

    public int LimitFor(SubscriptionTier tier) => tier switch
    {
        SubscriptionTier.Standard => Standard,
        SubscriptionTier.Premium => Premium,
        SubscriptionTier.Ultimate => Ultimate,
        _ => Basic,
    };

    /// <summary>The first tier that features more than the seller's plan, if any (none for partner accounts).</summary>
    public FeaturedUpgrade? UpgradeFor(SellerPlan plan)
    {
        if (plan.IsPartnerAccount) return null;
        var limit = LimitFor(plan);
        return Enum.GetValues<SubscriptionTier>().Where(t => t > plan.Tier && LimitFor(t) > limit)
            .Select(t => new FeaturedUpgrade(t, LimitFor(t))).FirstOrDefault();
    }
}
