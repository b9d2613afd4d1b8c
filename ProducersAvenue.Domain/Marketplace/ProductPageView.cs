namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// The product page for one viewer: the listing, its seller (with "Connected" and how many of the viewer's connections
/// follow them), the seller's other active listings and its likes (whether the viewer likes it, and how many do).
/// </summary>
public sealed record ProductPageView(
    Guid Id, string Slug, string Title, string? Description, string? ThumbnailUrl, IReadOnlyList<string> PreviewImages, string? PreviewAudioUrl,
    decimal Price, bool IsFree, bool AllowNameYourPrice, decimal? MinimumPrice, LicenseType LicenseType, string? LicenseText,
    string? CategoryName, IReadOnlyList<string> Tags, IReadOnlyList<Choice> Genres, ProductTechnicalDetails TechnicalDetails,
    IReadOnlyList<string> FileTypes, long? FileSizeBytes, ListingStatus Status, int ViewsCount, DateTimeOffset CreatedAt,
    ProductSeller Seller, bool IsOwner, IReadOnlyList<ProductListItem> OtherListings, Social.LikeState Likes, decimal RatingAverage = 0, int ReviewsCount = 0,
    ProductKind Kind = ProductKind.Other, string? PreviewVideoUrl = null);

/// <summary>The seller as a listing shows them; <see cref="Username"/> is null when their profile is hidden from the viewer.</summary>
public sealed record ProductSeller(Guid UserId, string? Username, string Name, string? AvatarUrl, bool IsConnected, int ConnectionsFollowing);
