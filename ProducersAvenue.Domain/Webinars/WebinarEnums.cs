namespace ProducersAvenue.Domain.Webinars;

// Where a column has a database default, it is the enumeration's first member (see MarketplaceEnums).

public enum WebinarStatus
{
    Upcoming,
    Live,
    Ended,
    Cancelled,
}

/// <summary><c>webinar_registrations.payment_status</c>.</summary>
public enum RegistrationPaymentStatus
{
    Pending,
    Paid,
    Refunded,
    Free,
}
