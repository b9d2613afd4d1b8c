using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Ledger;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Payments;

/// <summary>
/// A card payment the platform cannot honour goes back in full, in the money path's unit of work (decision 305): the
/// payment is refunded with its reason, the ledger records the money coming in and going back (the card was charged and
/// is refunded: two movements, each a posting — the books follow the processor's balance), and the buyer is told why.
/// The processor's refund itself is an outside call, made once the unit commits (<see cref="PaymentEvents"/>). The one
/// path for every payment a sale, an order or a plan refuses after it was taken.
/// </summary>
public sealed class CardPaymentReturn(LedgerWriter ledger, INotifier notifier, TimeProvider clock)
{
    public async Task<Result<PaymentEventOutcome>> GiveBackAsync(AppDbContext db, FinancialTransaction payment, string reason, Error why,
        string paidFor, NotificationRequest notice, CancellationToken cancellationToken)
    {
        if (!UnitOfWork.IsOpen) throw new InvalidOperationException("A payment goes back inside the money path's unit of work.");
        if (payment.PaymentProcessor == PaymentProcessor.Wallet)
            throw new InvalidOperationException("A wallet payment that cannot be honoured is refused, not given back.");
        var refunded = payment.Refund(clock.GetUtcNow());
        if (!refunded.Succeeded) return refunded.FirstError!;
        payment.Note("refund_reason", reason);
        var memo = $"Card payment for {paidFor}";
        var held = await ledger.PostAsync(db, LedgerPosting.PaymentHeldForBuyer(payment.Id, payment.BuyerId, payment.AmountTotal, memo), cancellationToken);
        if (!held.Succeeded) return held.FirstError!;
        var back = await ledger.PostAsync(db, LedgerPosting.PaymentGivenBack(payment.Id, payment.BuyerId, payment.AmountTotal,
            $"{memo} given back ({reason.Replace('_', ' ')})"), cancellationToken);
        if (!back.Succeeded) return back.FirstError!;
        await notifier.NotifyAsync(notice, cancellationToken);
        return new PaymentEventOutcome(PaymentEventEffect.Refunded, RefundedBecause: why);
    }
}
