namespace ProducersAvenue.Domain.Marketplace.Featuring;

/// <summary>
/// What the Feature button shows to a viewer who may feature the listing: whether it is featured and on sale, whether
/// the viewer acts as an admin (no limit), and for the seller their allowance ("2 of 3 featured").
/// </summary>
public sealed record FeatureState(bool IsFeatured, bool IsListed, bool AsAdmin, FeaturedAllowance? Allowance)
{
    /// <summary>Whether "Feature" can be pressed now; "Unfeature" always can.</summary>
    public bool CanFeature => IsListed && (AsAdmin || Allowance is { AtLimit: false });

    /// <summary>Why "Feature" cannot be pressed: not on sale, or the plan's limit (with the plan that features more); null when it can.</summary>
    public string? WhyNot => CanFeature ? null : !IsListed ? "Publish this listing to feature it." : Allowance?.LimitText;
}
