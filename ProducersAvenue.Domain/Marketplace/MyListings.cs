namespace ProducersAvenue.Domain.Marketplace;

/// <summary>The first listings of a seller's own list and whether more follow (the list grows with "Show more").</summary>
public sealed record MyListings(IReadOnlyList<ProductListItem> Items, bool HasMore);
