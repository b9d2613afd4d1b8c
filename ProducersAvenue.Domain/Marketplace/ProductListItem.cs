namespace ProducersAvenue.Domain.Marketplace;

/// <summary>A listing as cards and the seller's list show it (cards load the preview's waveform by <see cref="PreviewAudioUrl"/>, and mark a listing with a preview video).</summary>
public sealed record ProductListItem(
    Guid Id, string Slug, string Title, string? ThumbnailUrl, decimal Price, bool IsFree, bool AllowNameYourPrice, decimal? MinimumPrice,
    LicenseType LicenseType, ListingStatus Status, string[] GenreTags, int ViewsCount, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string? PreviewAudioUrl = null,
    int LikesCount = 0, ProductKind Kind = ProductKind.Other, bool HasPreviewVideo = false);
