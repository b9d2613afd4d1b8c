using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Finance.Payments;

/// <summary>
/// The one payment path (decision 190). A checkout creates its pending transaction, then asks the processor where the buyer
/// pays; the processor's answer comes back as a <see cref="PaymentEvent"/> that <see cref="PaymentEvents"/> applies — from
/// the sandbox page directly, from Stripe through its webhook. Selected by <c>Money:Processor</c>.
/// </summary>
public interface IPaymentProcessor
{
    /// <summary>The processor's name in <c>payment_events.processor</c>: <c>sandbox</c> or <c>stripe</c>.</summary>
    string Name { get; }

    /// <summary>Opens a hosted checkout for a pending transaction and returns the address the buyer pays at.</summary>
    Task<Result<string>> StartCheckoutAsync(CheckoutSessionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gives a completed payment back in full (idempotent per transaction).</summary>
    Task<Result> RefundAsync(Guid transactionId, string? paymentIntentId, CancellationToken cancellationToken = default);
}

/// <summary>What the buyer pays for: the pending transaction, its line and total, and where to return afterwards.</summary>
public sealed record CheckoutSessionRequest(Guid TransactionId, string Description, long AmountCents, string SuccessPath, string CancelPath)
{
    /// <summary>The transaction's note of the page a buyer who does not pay goes back to (the listing, the plans).</summary>
    public const string CancelPathNote = "cancel_path";

    /// <summary>
    /// The session of a pending <paramref name="transaction"/> whose <see cref="CancelPathNote"/> was noted before it was
    /// saved: Stripe's page returns there on "Back", the sandbox page links it as "Cancel" (it has no session of its own to
    /// keep it in); paid, the buyer comes to <c>/checkout/done</c>.
    /// </summary>
    public static CheckoutSessionRequest For(FinancialTransaction transaction, string description, long amountCents) =>
        new(transaction.Id, description, amountCents, $"/checkout/done/{transaction.Id}", transaction.Noted(CancelPathNote) ?? "/");
}
