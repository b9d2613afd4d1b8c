using ProducersAvenue.Domain.Content.Audio;
using ProducersAvenue.Domain.Social;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// A product or service as a storefront card shows it. <see cref="Price"/> is what it can be had for: a service's cheapest
/// package, a name-your-price product's minimum (<see cref="NameYourPrice"/>), 0 for a free one;
/// <see cref="PreviewWaveform"/> the stored peaks of a product's preview audio (null without one); <see cref="ProductKind"/>
/// what a product is (null for a service); <see cref="HasPreviewVideo"/> whether its page shows a preview video.
/// </summary>
public sealed record StorefrontListing(
    bool IsService,
    Guid Id,
    string Slug,
    string Title,
    AuthorView Seller,
    string? ThumbnailUrl,
    string? PreviewAudioUrl,
    decimal Price,
    bool IsFree,
    bool NameYourPrice,
    bool IsMentoring,
    LicenseType? License,
    int? Bpm,
    string? Key,
    decimal RatingAverage,
    int ReviewsCount,
    bool IsFeatured,
    Waveform? PreviewWaveform = null,
    ProductKind? ProductKind = null,
    bool HasPreviewVideo = false)
{
    public string Url => IsService ? $"/market/services/{Slug}" : $"/market/products/{Slug}";
}
