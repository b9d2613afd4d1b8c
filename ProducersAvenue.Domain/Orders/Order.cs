using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Orders;

/// <summary><c>orders</c>: a service order; package name, price, delivery days and revisions are snapshotted at purchase.</summary>
public class Order : IHasTimestamps
{
    public const int PackageNameMaxLength = 100;
    public const int TextMaxLength = 10000;

    public Guid Id { get; set; }
    public Guid ServiceId { get; set; }
    public Guid BuyerId { get; set; }
    public Guid SellerId { get; set; }
    public string PackageName { get; set; } = "";
    public decimal PackagePrice { get; set; }
    public int DeliveryDays { get; set; }
    public int RevisionsIncluded { get; set; }
    public string? Requirements { get; set; }
    public string[] RequirementFiles { get; set; } = [];
    public string[] DeliveryFiles { get; set; } = [];
    public string? DeliveryNotes { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public OrderStatus Status { get; set; } = OrderStatus.Pending;
    public int RevisionsUsed { get; set; }
    public bool BuyerApproved { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancellationReason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
