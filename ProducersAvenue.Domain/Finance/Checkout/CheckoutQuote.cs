namespace ProducersAvenue.Domain.Finance.Checkout;

/// <summary>What the buy panel of a product shows its viewer.</summary>
public sealed record CheckoutQuote(
    Guid ProductId, string Title, long PriceCents, bool NameYourPrice, long MinimumCents, bool IsExclusive, long WalletAvailableCents,
    CheckoutAvailability Availability, string? OwnedReference, long MaximumCents)
{
    public bool WalletCovers(long amountCents) => WalletAvailableCents >= amountCents;
}

/// <summary>Whether, and why not, the viewer can buy.</summary>
public enum CheckoutAvailability
{
    Available,
    SignInRequired,
    Owned,
    OwnProduct,
    NotForSale,
}
