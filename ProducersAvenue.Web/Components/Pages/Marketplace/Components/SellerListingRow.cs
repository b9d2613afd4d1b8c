using ProducersAvenue.Domain.Marketplace;

namespace ProducersAvenue.Web.Components.Pages.Marketplace.Components;

/// <summary>
/// One of the seller's listings as a row on <c>/sell</c>: what it is, its status, and a few facts ("$25.00", "120 views");
/// <see cref="ExclusiveSold"/> for a product whose exclusive licence a member bought (shown "Sold", never published again).
/// </summary>
public sealed record SellerListingRow(Guid Id, string Slug, string Title, ListingStatus Status, string? ThumbnailUrl, IReadOnlyList<string> Facts,
    bool ExclusiveSold = false);
