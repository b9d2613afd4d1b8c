using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Orders;

/// <summary>An order as its page shows it to <see cref="Viewer"/>, with its timeline and what the viewer may do now.</summary>
public sealed record OrderView(
    Guid Id, Guid ServiceId, string ServiceTitle, string? ServiceSlug, string? BuyerRequirementsPrompt, Guid BuyerId, string BuyerName, string? BuyerUsername,
    Guid SellerId, string SellerName, string? SellerUsername, string PackageName, decimal PackagePrice, int DeliveryDays, int RevisionsIncluded, int RevisionsUsed,
    OrderStatus Status, string? Requirements, IReadOnlyList<OrderFileLink> RequirementFiles, IReadOnlyList<OrderFileLink> DeliveryFiles,
    string? DeliveryNotes, DateTimeOffset? DeliveredAt, DateTimeOffset? DueAt, DateTimeOffset? CompletedAt, DateTimeOffset? CancelledAt,
    string? CancellationReason, bool CancellationProposedByMe, bool CancellationProposedByOther, DateTimeOffset CreatedAt, OrderActor Viewer,
    bool IsLate, DateTimeOffset? AutoCompletesAt, IReadOnlyList<OrderEventView> Timeline, bool PaymentDisputed = false);

/// <summary>A file of an order and its guarded download link (null when the viewer may not read it).</summary>
public sealed record OrderFileLink(string Name, string? Url);

/// <summary>One line of an order's timeline; a delivery before the latest lists the files it delivered.</summary>
public sealed record OrderEventView(OrderEventKind Kind, string? ActorName, string? Note, DateTimeOffset At, IReadOnlyList<OrderFileLink> Files);

/// <summary>One row of a dashboard; <see cref="PaymentDisputed"/> when the buyer's bank is disputing its payment.</summary>
public sealed record OrderListItem(
    Guid Id, string ServiceTitle, string PackageName, decimal PackagePrice, string OtherPartyName, OrderStatus Status, DateTimeOffset? DueAt,
    bool IsLate, DateTimeOffset CreatedAt, bool PaymentDisputed = false);

/// <summary>
/// A dashboard: a page of the member's orders on one side (buying or selling), and that side's totals over all its orders.
/// </summary>
public sealed record OrderDashboard(KeysetPage<OrderListItem> Orders, int Active, int DueSoon, int Late, long EarningsInProgressCents);

/// <summary>
/// What the order form shows: the service, the package with its price in cents, the requirements prompt, the limits, and
/// the buyer's available wallet balance (the wallet pays when it covers the price).
/// </summary>
public sealed record OrderQuote(
    Guid ServiceId, string ServiceTitle, string ServiceSlug, bool IsMentoring, Marketplace.ServicePackage Package, long PriceCents,
    int RevisionsIncluded, string? RequirementsPrompt, bool IsOwnService, int RequirementsMaxLength, int MaxFiles, long WalletAvailableCents = 0)
{
    public bool WalletCovers => WalletAvailableCents >= PriceCents;
}

/// <summary>An earlier checkout's answer and files, put back in the order form (<see cref="OrderCheckout.DraftAsync"/>).</summary>
public sealed record OrderDraft(string? Requirements, IReadOnlyList<OrderDraftFile> Files);

/// <summary>A file of an <see cref="OrderDraft"/>: the name it was attached under and its stored key.</summary>
public sealed record OrderDraftFile(string Name, string Key);
