namespace ProducersAvenue.Domain.Orders;

/// <summary>
/// Order <see cref="PackageName"/> of a service at the price the page showed (<see cref="ShownPriceCents"/>: a price that
/// changed since is refused), with the answer to the service's requirements and the keys of the files the buyer uploaded.
/// </summary>
public sealed record PlaceOrderCommand(Guid ServiceId, string PackageName, long ShownPriceCents, string? Requirements, IReadOnlyList<string> Files);

/// <summary>The seller delivers files (keys of order files they uploaded) and/or a note.</summary>
public sealed record DeliverOrderCommand(Guid OrderId, IReadOnlyList<string> Files, string? Notes);
