namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// The first listings of a seller's own list and whether more follow (the list grows with "Show more"), with how many
/// members hold each (<see cref="TakeUp"/>; a listing nobody holds has no row).
/// </summary>
public sealed record MyListings(IReadOnlyList<ProductListItem> Items, bool HasMore, IReadOnlyList<ListingTakeUp> TakeUp)
{
    public static readonly MyListings None = new([], false, []);

    public ListingTakeUp TakeUpOf(Guid productId) => TakeUp.FirstOrDefault(t => t.ProductId == productId) ?? new ListingTakeUp(productId, 0, 0);
}

/// <summary>How many members hold a listing: bought (<see cref="Sales"/>) or got it free, not refunded.</summary>
public sealed record ListingTakeUp(Guid ProductId, int Sales, int FreeGets)
{
    /// <summary>A listing with this licence that a member holds is an exclusive sold: off sale for good (<see cref="ProductHolders"/>).</summary>
    public bool IsExclusiveSold(LicenseType licence) => licence == LicenseType.Exclusive && Sales + FreeGets > 0;
}
