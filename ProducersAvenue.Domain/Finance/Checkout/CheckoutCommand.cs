namespace ProducersAvenue.Domain.Finance.Checkout;

/// <summary>
/// Buy <see cref="ProductId"/> by card or from the wallet. <see cref="Amount"/> is what the buyer typed for a
/// name-your-price product (ignored otherwise: the price always comes from the server).
/// </summary>
public sealed record CheckoutCommand(Guid ProductId, PaymentMethod Method, string? Amount = null);

/// <summary>Where the buyer goes next: the processor's checkout (card), or their new library entry (wallet).</summary>
public sealed record CheckoutStarted(string RedirectUrl, string? Reference);
