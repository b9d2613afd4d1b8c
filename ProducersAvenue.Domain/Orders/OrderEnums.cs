namespace ProducersAvenue.Domain.Orders;

/// <summary>Pending is member 0 and the column default (see MarketplaceEnums for why that matters).</summary>
public enum OrderStatus
{
    Pending,
    InProgress,
    Delivered,
    RevisionRequested,
    Completed,
    Cancelled,
    Refunded,
}
