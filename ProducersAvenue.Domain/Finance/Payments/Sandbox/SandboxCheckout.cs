using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Checkout;

namespace ProducersAvenue.Domain.Finance.Payments.Sandbox;

/// <summary>
/// The sandbox's hosted checkout page, behind the page: the buyer sees their own pending payment and pays it with a test
/// card. A card becomes the processor events Stripe would send (a decline, or a completed checkout), applied through
/// <see cref="PaymentEvents"/> — the sandbox drives the same code as real payments.
/// </summary>
public sealed class SandboxCheckout(CheckoutService checkout, IPaymentProcessor processor, PaymentEvents events)
{
    /// <summary>Whether the sandbox is the configured processor (otherwise its page does not exist).</summary>
    public bool IsActive => processor.Name == SandboxPaymentProcessor.ProcessorName;

    /// <summary>The signed-in buyer's payment <paramref name="transactionId"/>; anyone else's is not found.</summary>
    public Task<Result<CheckoutPayment>> LoadAsync(Guid transactionId, CancellationToken cancellationToken = default) =>
        IsActive ? checkout.PaymentAsync(transactionId, cancellationToken) : Task.FromResult<Result<CheckoutPayment>>(FinanceErrors.CheckoutNotFound);

    /// <summary>
    /// Pays with <paramref name="cardNumber"/>: the paid payment (with its library reference for a product) on success; a
    /// clear error at the card field for a decline, a number that is not a card, or a card the sandbox does not know.
    /// </summary>
    public async Task<Result<CheckoutPayment>> PayAsync(Guid transactionId, string? cardNumber, CancellationToken cancellationToken = default)
    {
        var payment = await LoadAsync(transactionId, cancellationToken);
        if (!payment.Succeeded) return payment.FirstError!;
        if (payment.Value!.Status != TransactionStatus.Pending)
            return payment.Value.Status == TransactionStatus.Completed ? payment.Value : FinanceErrors.CheckoutClosed;

        var eventId = $"evt_sbx_{Guid.NewGuid():N}";
        if (payment.Value.OwnedReference is not null)
        {
            // Bought in another tab meanwhile: this checkout closes uncharged (Stripe's page would charge, and the webhook refund).
            await events.ApplyAsync(new PaymentEvent(eventId, SandboxPaymentProcessor.ProcessorName, PaymentEventTypes.CheckoutExpired, transactionId),
                cancellationToken);
            return FinanceErrors.AlreadyOwned;
        }
        if (payment.Value.PlanOutdated)
        {
            // Priced against a plan another payment has moved since: closed uncharged (Stripe's page would charge, and the
            // webhook refund — PlanBilling — as it still does for a payment that completes there).
            await events.ApplyAsync(new PaymentEvent(eventId, SandboxPaymentProcessor.ProcessorName, PaymentEventTypes.CheckoutExpired, transactionId),
                cancellationToken);
            return FinanceErrors.PlanChangedBeforeCharge;
        }
        if (payment.Value.Withdrawn)
        {
            // Taken off sale since the checkout opened: closed uncharged (on Stripe's page the charge goes through and the
            // sale is refunded as it completes, decision 247).
            await events.ApplyAsync(new PaymentEvent(eventId, SandboxPaymentProcessor.ProcessorName, PaymentEventTypes.CheckoutExpired, transactionId),
                cancellationToken);
            return FinanceErrors.ProductNotForSale;
        }

        var behaviour = SandboxCards.Classify(cardNumber);
        if (behaviour == SandboxCardBehaviour.Invalid) return FinanceErrors.CardNumberInvalid;
        if (behaviour == SandboxCardBehaviour.Unknown) return FinanceErrors.SandboxCardUnknown;
        if (behaviour == SandboxCardBehaviour.Declined)
        {
            await events.ApplyAsync(new PaymentEvent(eventId, SandboxPaymentProcessor.ProcessorName, PaymentEventTypes.PaymentFailed, transactionId,
                FailureMessage: "card_declined"), cancellationToken);
            return FinanceErrors.CardDeclined;
        }

        var intent = $"pi_sbx_{transactionId:N}";
        // The card that is disputed later marks its charge, so SandboxDisputes raises the dispute shortly after.
        // The card whose renewals fail marks its charge, so a plan paid with it goes past due at the period's end (PlanPeriods).
        var charge = behaviour switch
        {
            SandboxCardBehaviour.SucceedsThenDisputed => SandboxDisputes.ChargeId(transactionId),
            SandboxCardBehaviour.SucceedsThenRenewalsFail => SandboxCards.RenewalsFailChargeId(transactionId),
            _ => $"ch_sbx_{transactionId:N}",
        };
        var applied = await events.ApplyAsync(new PaymentEvent(eventId, SandboxPaymentProcessor.ProcessorName, PaymentEventTypes.CheckoutCompleted,
            transactionId, intent, charge), cancellationToken);
        if (!applied.Succeeded) return applied.FirstError!;
        if (applied.Value!.Effect == PaymentEventEffect.Refunded) return applied.Value.RefundedBecause ?? FinanceErrors.ExclusiveSold;
        var paid = await LoadAsync(transactionId, cancellationToken);
        return paid is { Succeeded: true, Value.Status: TransactionStatus.Completed } ? paid : FinanceErrors.CheckoutClosed;
    }
}
