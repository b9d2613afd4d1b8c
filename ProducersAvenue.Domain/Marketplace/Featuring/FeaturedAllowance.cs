using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance;

namespace ProducersAvenue.Domain.Marketplace.Featuring;

/// <summary>
/// How many listings a seller features and may feature. <see cref="Featured"/> can be above <see cref="Limit"/> after a
/// downgrade: those stay featured until the seller unfeatures them (grandfather clause). <see cref="Upgrade"/> is the
/// first plan that features more, if any. <see cref="NotShown"/> of the featured are off sale (paused): they keep their
/// place (decision 274) and show nowhere.
/// </summary>
public sealed record FeaturedAllowance(int Featured, int Limit, SellerPlan Plan, FeaturedUpgrade? Upgrade, int NotShown = 0)
{
    public bool AtLimit => Featured >= Limit;

    /// <summary>"2 of 3 featured"; on a plan that features none, "No featured listings" (or "2 featured", kept from a higher plan).</summary>
    public string CountText => (Limit, Featured) switch
    {
        (0, 0) => "No featured listings",
        (0, _) => $"{Featured} featured",
        _ => $"{Featured} of {Limit} featured",
    };

    /// <summary>"1 of them is paused: …" while featured listings are off sale; null when every featured listing is on show.</summary>
    public string? NotShownText => NotShown switch
    {
        <= 0 => null,
        1 => "1 of them is off sale (paused), so not on show: it keeps its place until you unfeature it.",
        var n => $"{n} of them are off sale (paused), so not on show: they keep their places until you unfeature them.",
    };

    /// <summary>Why no more can be featured, and which plan features more; null while below the limit.</summary>
    public string? LimitText
    {
        get
        {
            if (!AtLimit) return null;
            var plan = PlanName(Plan);
            var rule = Limit == 0 ? $"Your {plan} plan does not feature listings." : $"Your {plan} plan features {Listings(Limit)} at a time.";
            var kept = (Featured - Limit) switch
            {
                <= 0 => "",
                1 => " The listing featured beyond your plan's limit stays featured until you unfeature it.",
                var over => $" The {Listings(over)} featured beyond your plan's limit stay featured until you unfeature them.",
            };
            var next = Limit > 0 ? " Unfeature one to feature another" : "";
            var more = Upgrade is { } up ? $"{(next.Length > 0 ? ", or move to" : " Move to")} {PlanName(up.Tier)} to feature up to {Listings(up.Limit)}." : next.Length > 0 ? "." : "";
            return rule + kept + next + more;
        }
    }

    private static string Listings(int n) => Counted.Of(n, "listing");

    public static string PlanName(SellerPlan plan) => plan.IsPartnerAccount ? "Ultimate for friends" : PlanName(plan.Tier);

    public static string PlanName(SubscriptionTier tier) => tier switch
    {
        SubscriptionTier.Standard => "Standard",
        SubscriptionTier.Premium => "Premium",
        SubscriptionTier.Ultimate => "Ultimate",
        _ => "Basic",
    };
}
