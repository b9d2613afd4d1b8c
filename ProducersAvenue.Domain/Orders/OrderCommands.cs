namespace ProducersAvenue.Domain.Orders;

/// <summary>
/// Order <see cref="PackageName"/> of a service at the price the page showed (<see cref="ShownPriceCents"/>: a price that
/// changed since is refused), with the answer to the service's requirements and the keys of the files the buyer uploaded
/// (with the names they were uploaded under, one per key: <see cref="OrderFileNames"/>), paid by card on the processor's
/// page or at once from the buyer's wallet balance (<see cref="Method"/>).
/// </summary>
public sealed record PlaceOrderCommand(Guid ServiceId, string PackageName, long ShownPriceCents, string? Requirements, IReadOnlyList<string> Files,
    IReadOnlyList<string>? FileNames = null, Finance.PaymentMethod Method = Finance.PaymentMethod.Card);

/// <summary>The seller delivers files (keys of order files they uploaded, with their names) and/or a note.</summary>
public sealed record DeliverOrderCommand(Guid OrderId, IReadOnlyList<string> Files, string? Notes, IReadOnlyList<string>? FileNames = null);
