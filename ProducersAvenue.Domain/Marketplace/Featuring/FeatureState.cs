namespace ProducersAvenue.Domain.Marketplace.Featuring;

/// <summary>
/// What the Feature button shows to a viewer who may feature the listing: whether it is featured and on sale, whether
/// the viewer acts as an admin (no limit), for the seller their allowance ("2 of 3 featured"), and whether the listing is
/// an exclusive a member bought (off sale for good, decision 266).
/// </summary>
public sealed record FeatureState(bool IsFeatured, bool IsListed, bool AsAdmin, FeaturedAllowance? Allowance, bool ExclusiveSold = false)
{
    /// <summary>Whether "Feature" can be pressed now; "Unfeature" always can.</summary>
    public bool CanFeature => IsListed && (AsAdmin || Allowance is { AtLimit: false });

    /// <summary>
    /// Why "Feature" cannot be pressed: a sold exclusive, not on sale (publishing is the seller's: an admin on another's
    /// listing is not told to publish it), or the plan's limit (with the plan that features more); null when it can.
    /// </summary>
    public string? WhyNot => CanFeature ? null
        : ExclusiveSold ? "Sold: a member bought the exclusive licence, so the listing stays off sale and cannot be featured."
        : !IsListed ? Allowance is null ? "Not on sale: only a listing on sale can be featured, and only its seller can publish it." : "Publish this listing to feature it."
        : Allowance?.LimitText;

    /// <summary>
    /// A featured listing off sale (paused) keeps its place (decision 274) but shows nowhere: said beside its Unfeature
    /// button; null otherwise.
    /// </summary>
    public string? NotShown => IsFeatured && !IsListed
        ? Allowance is null ? "Featured, but not on show while it is off sale." : "Featured, but not on show while it is off sale: publish it to show it again, or unfeature it to free its place."
        : null;
}
