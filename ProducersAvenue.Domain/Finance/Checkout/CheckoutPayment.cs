namespace ProducersAvenue.Domain.Finance.Checkout;

/// <summary>
/// A payment as its buyer sees it: pending, paid (with the library reference of a product) or closed. A product the buyer
/// got through another payment meanwhile (a checkout in a second tab) has that copy's reference in
/// <see cref="OwnedReference"/>: this one is not to be paid. Nor is a plan payment priced against a plan that has moved
/// since (<see cref="PlanOutdated"/>: another plan payment went through first, in a second tab), nor one for a product its
/// seller has taken off sale since the checkout opened (<see cref="Withdrawn"/>). <see cref="CancelPath"/> is the page the
/// buyer came from (the listing, the plans), where "Cancel" goes; null for checkouts from before it was noted.
/// <see cref="Exclusive"/>: the checkout is for an exclusive licence, which goes off sale when another buyer gets it first
/// (the buyer cannot be told which of the two happened: who holds a licence is the holder's and the seller's to know).
/// </summary>
public sealed record CheckoutPayment(Guid TransactionId, string Title, long AmountCents, TransactionStatus Status, string? Reference, Guid? OrderId = null,
    TransactionType Type = TransactionType.ProductPurchase, string? OwnedReference = null, bool PlanOutdated = false, bool Withdrawn = false,
    string? RefundReason = null, string? CancelPath = null, bool Exclusive = false)
{
    /// <summary>A payment to a seller (a product or an order), whose fees the seller bears; a plan is paid to the platform.</summary>
    public bool PaysASeller => Type is TransactionType.ProductPurchase or TransactionType.ServicePurchase;

    /// <summary>Where the buyer goes once it is paid: the product's licence, the order's page, or the plans page for a plan.</summary>
    public string? NextPath => OrderId is { } order ? (Status == TransactionStatus.Completed ? $"/orders/{order}" : null)
        : Reference is { } reference ? (Status is TransactionStatus.Completed or TransactionStatus.Disputed ? $"/library/{reference}?purchased=1" : null)
        : Status == TransactionStatus.Completed ? "/pricing?upgraded=1" : null;

    /// <summary>Why a refunded payment went back, as the money path recorded it (<c>refund_reason</c>); an admin's refund records none.</summary>
    public string RefundedBecause => RefundReason switch
    {
        "already_owned" => "You already own it: another checkout of yours was paid first, so this payment goes back to your card in full.",
        "exclusive_sold" => "Someone else bought the exclusive licence first; the full amount goes back to your card.",
        "withdrawn" => "The seller took it off sale before your payment went through; the full amount goes back to your card.",
        "blocked" => "You can no longer buy from this seller; the full amount goes back to your card.",
        "order_cancelled" or "service_unavailable" => "The order was cancelled, and the full amount goes back to your card.",
        "plan_changed" => "Your plan changed before this payment arrived; the full amount goes back to your card.",
        _ => "The full amount went back to your card" + (OrderId is null && Reference is not null ? ", and the product left your library." : "."),
    };
}
