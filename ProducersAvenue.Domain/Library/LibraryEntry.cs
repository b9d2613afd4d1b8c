using ProducersAvenue.Domain.Marketplace;

namespace ProducersAvenue.Domain.Library;

/// <summary>
/// One acquisition as its buyer, its seller or an admin sees it: what was licensed, to whom, by whom, on what terms and
/// when, with the product's files (downloaded by number through <see cref="LibraryService.DownloadLinkAsync"/>) and when
/// the seller last changed them, if that was after this copy was got (<see cref="FilesUpdatedAt"/>, decision 253).
/// </summary>
public sealed record LibraryEntry(
    string Reference,
    Guid ProductId,
    string ProductTitle,
    string? ProductSlug,
    string? ThumbnailUrl,
    Guid BuyerId,
    string? BuyerUsername,
    string? BuyerDisplayName,
    Guid SellerId,
    string? SellerUsername,
    string? SellerDisplayName,
    LicenseType LicenseType,
    string LicenseTerms,
    long PriceCents,
    string Currency,
    bool IsFree,
    DateTimeOffset AcquiredAt,
    bool IsRevoked,
    IReadOnlyList<LibraryFile> Files,
    DateTimeOffset? FilesUpdatedAt = null);

/// <summary>A product file in the library: its number (1-based, for the download address) and a readable name.</summary>
public sealed record LibraryFile(int Number, string Name);
