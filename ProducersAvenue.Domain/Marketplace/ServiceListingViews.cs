namespace ProducersAvenue.Domain.Marketplace;

/// <summary>What a save answers: the service and the address of its page.</summary>
public sealed record SavedService(Guid Id, string Slug);

/// <summary>A service as its form edits it.</summary>
public sealed record ServiceEditorView(Guid Id, string Slug, ListingStatus Status, ServiceCommand Command);

/// <summary>A service in a list (a profile's Services tab, the seller's /sell).</summary>
public sealed record ServiceCard(Guid Id, string Slug, string Title, ServiceType ServiceType, bool IsMentoring, ListingStatus Status,
    decimal? PriceFrom, decimal RatingAverage, int ReviewsCount, string? ThumbnailUrl, int OrdersCount, int ViewsCount);

/// <summary>The seller as the service page shows them, with "Connected" and how many of the viewer's connections follow them.</summary>
public sealed record ServiceSeller(Guid UserId, string Username, string Name, string? AvatarUrl, bool IsConnected, int ConnectionsFollowing);

/// <summary>The service page: the service, its packages side by side, requirements and portfolio, and who sells it.</summary>
public sealed record ServicePageView(
    Guid Id, string Slug, string Title, string? Description, ServiceType ServiceType, bool IsMentoring, ListingStatus Status,
    IReadOnlyList<ServicePackage> Packages, string? BuyerRequirements, IReadOnlyList<string> PortfolioUrls,
    string? CategoryName, IReadOnlyList<Choice> Genres,
    decimal RatingAverage, int ReviewsCount, int OrdersCount, int? ResponseTimeHours, decimal? CompletionRate,
    ServiceSeller Seller, bool IsOwner)
{
    /// <summary>The cover the page opens with: the portfolio's first image, as on the service's card.</summary>
    public string? CoverUrl => PortfolioUrls.FirstOrDefault(u => ServicePortfolio.KindOf(u) == PortfolioKind.Image);
}
