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

/// <summary>Who asks for a move, relative to the order.</summary>
public enum OrderActor
{
    Stranger,
    Buyer,
    Seller,
    Admin,
}

/// <summary>What a cancellation request did: cancelled (and refunded) the order, or proposed it to the other side.</summary>
public enum CancellationOutcome
{
    Cancelled,
    Proposed,
}

/// <summary><c>order_events.kind</c>: one line of an order's timeline.</summary>
public enum OrderEventKind
{
    Placed,
    Started,
    Delivered,
    RevisionRequested,
    Accepted,
    AutoCompleted,
    CancellationProposed,
    CancellationWithdrawn,
    CancellationDeclined,
    Cancelled,
    Refunded,
    Reminded,
}
