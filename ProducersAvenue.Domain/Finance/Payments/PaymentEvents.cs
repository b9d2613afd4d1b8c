using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Disputes;
using ProducersAvenue.Domain.Finance.Plans;
using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Domain.Finance.Refunds;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Payments;

/// <summary>
/// Applies what a processor reports, once (decision 190): the event id is recorded in <c>payment_events</c> in the same
/// unit as its effects, so a repeat — a webhook retried, the sandbox page submitted twice — changes nothing. Events may
/// arrive in any order: each re-reads the transaction and acts only on the state it finds (a failure after the payment
/// completed is ignored; a completion after a failure still completes, as Stripe allows a retry in the same checkout).
/// </summary>
public sealed class PaymentEvents(
    [FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork money, SaleCompletion sales, PlanBilling plans, OrderPayment orders, PaymentDisputes disputes,
    SaleReversal reversal, IPaymentProcessor processor, ILogger<PaymentEvents> log)
{
    public async Task<Result<PaymentEventOutcome>> ApplyAsync(PaymentEvent paymentEvent, CancellationToken cancellationToken = default)
    {
        var applied = await money.RunAsync<Result<PaymentEventOutcome>>(async (db, ct) =>
        {
            var recorded = await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO payment_events (id, processor, type) VALUES ({paymentEvent.Id}, {paymentEvent.Processor}, {paymentEvent.Type})
                ON CONFLICT DO NOTHING
                """, ct);
            if (recorded == 0) return new PaymentEventOutcome(PaymentEventEffect.AlreadyApplied);

            // The payment's row is locked for the unit: two events for one payment at once under different ids (the
            // checkout paid from two tabs, a completion and a failure crossing) apply one after the other, and the second
            // reads what the first made of it — it used to find the payment still pending too and place its order twice.
            var saleId = paymentEvent.TransactionId != Guid.Empty ? paymentEvent.TransactionId : await ByProcessorIdsAsync(db, paymentEvent, ct);
            var sale = saleId is { } id
                ? await db.Transactions.FromSql($"SELECT * FROM transactions WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(ct)
                : null;
            if (sale is null)
            {
                log.LogWarning("Payment event {EventId} ({Type}) names no known transaction {TransactionId}", paymentEvent.Id, paymentEvent.Type, paymentEvent.TransactionId);
                return new PaymentEventOutcome(PaymentEventEffect.Ignored);
            }
            switch (paymentEvent.Type)
            {
                case PaymentEventTypes.CheckoutCompleted or PaymentEventTypes.PaymentSucceeded when sale.Status == TransactionStatus.Pending:
                    return sale.TransactionType switch
                    {
                        TransactionType.SubscriptionPayment => await plans.CompleteAsync(db, sale, paymentEvent.PaymentIntentId, paymentEvent.ChargeId, ct),
                        TransactionType.ServicePurchase => await orders.CompleteAsync(db, sale, paymentEvent.PaymentIntentId, paymentEvent.ChargeId, ct),
                        _ => await sales.CompleteAsync(db, sale, paymentEvent.PaymentIntentId, paymentEvent.ChargeId, ct),
                    };
                case PaymentEventTypes.PaymentFailed when sale.Status == TransactionStatus.Pending:
                    sale.Note("last_failure", paymentEvent.FailureMessage ?? "declined");
                    return new PaymentEventOutcome(PaymentEventEffect.Failed);
                case PaymentEventTypes.CheckoutExpired when sale.Status == TransactionStatus.Pending:
                    sale.Fail();
                    return new PaymentEventOutcome(PaymentEventEffect.Expired);
                case PaymentEventTypes.DisputeCreated when paymentEvent.Dispute is { } opened:
                    return await disputes.OpenAsync(db, sale, opened, ct);
                case PaymentEventTypes.DisputeClosed when paymentEvent.Dispute is { } closed:
                    return await disputes.CloseAsync(db, sale, closed, ct);
                // A refund made in the processor's dashboard, or the echo of our own (then the sale is refunded already).
                case PaymentEventTypes.ChargeRefunded when SaleReversal.IsReversible(sale):
                    var reversed = await reversal.ReverseAsync(db, sale, ReversalCause.RefundedAtProcessor, ct);
                    return reversed.Succeeded ? new PaymentEventOutcome(PaymentEventEffect.Reversed) : reversed.FirstError!;
                default:
                    log.LogInformation("Payment event {EventId} ({Type}) left transaction {TransactionId} as it was ({Status})",
                        paymentEvent.Id, paymentEvent.Type, sale.Id, sale.Status);
                    return new PaymentEventOutcome(PaymentEventEffect.Ignored);
            }
        }, cancellationToken);

        // The refund is an outside call: it goes after the commit, and is idempotent per transaction at the processor.
        if (applied is { Succeeded: true, Value.Effect: PaymentEventEffect.Refunded })
        {
            var refunded = await processor.RefundAsync(paymentEvent.TransactionId, paymentEvent.PaymentIntentId, cancellationToken);
            if (!refunded.Succeeded) log.LogError("Refund of transaction {TransactionId} failed: {Error}", paymentEvent.TransactionId, refunded.FirstError!.Message);
        }
        return applied;
    }

    /// <summary>The id of the payment a processor names by its own ids (its payment intent, or its charge).</summary>
    private static async Task<Guid?> ByProcessorIdsAsync(AppDbContext db, PaymentEvent paymentEvent, CancellationToken ct) =>
        paymentEvent.PaymentIntentId is { Length: > 0 } intent
            ? await db.Transactions.Where(t => t.StripePaymentIntentId == intent).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct)
            : paymentEvent.ChargeId is { Length: > 0 } charge
                ? await db.Transactions.Where(t => t.StripeChargeId == charge).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct)
                : null;
}
