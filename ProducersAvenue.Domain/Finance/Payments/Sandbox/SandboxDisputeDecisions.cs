using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Disputes;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Payments.Sandbox;

/// <summary>
/// The sandbox's stand-in for the bank's decision on a dispute (decision 298). With Stripe the seller answers in its
/// dashboard and the bank's verdict reaches the platform as <c>charge.dispute.closed</c>; the sandbox has no dashboard and no
/// bank, so an admin decides an open sandbox dispute here, and the same <c>charge.dispute.closed</c> — won or lost — goes
/// through the same <see cref="PaymentEvents"/> as Stripe's webhook: a won dispute restores the sale, a lost one gives it
/// back (<see cref="PaymentDisputes.CloseAsync"/>). Admins only, and only while the sandbox is the processor. Once per
/// dispute: the event id is the payment's, so a second click (or a second admin) changes nothing.
/// </summary>
public sealed class SandboxDisputeDecisions(
    [FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork money, PaymentEvents events, IPaymentProcessor processor, ICurrentUser user)
{
    /// <summary>Whether disputes are decided here: the sandbox is the configured processor.</summary>
    public bool Available => processor is SandboxPaymentProcessor;

    /// <summary>Closes the open dispute of <paramref name="transactionId"/>: won by the seller, or lost (the buyer is refunded).</summary>
    public async Task<Result<PaymentEventOutcome>> DecideAsync(Guid transactionId, bool sellerWins, CancellationToken cancellationToken = default)
    {
        if (!user.IsAdmin) return Error.Forbidden;
        if (!Available) return Error.NotFound("The sandbox's disputes");
        var dispute = await money.RunAsync((db, ct) => db.Database.SqlQuery<OpenDispute>($"""
            SELECT t.metadata ->> 'dispute_id' AS id, t.metadata ->> 'dispute_status' AS status,
                   coalesce((t.metadata ->> 'dispute_amount')::bigint, t.amount_total) AS amount_cents, t.metadata ->> 'dispute_reason' AS reason
            FROM transactions t
            WHERE t.id = {transactionId} AND t.metadata ? 'dispute_id'
            """).FirstOrDefaultAsync(ct), cancellationToken);
        if (dispute is null) return FinanceErrors.DisputeNotFound;
        if (dispute.Status != PaymentDisputes.Open) return FinanceErrors.DisputeClosed;
        return await events.ApplyAsync(new PaymentEvent($"evt_sbx_dispute_closed_{transactionId:N}", SandboxPaymentProcessor.ProcessorName,
            PaymentEventTypes.DisputeClosed, transactionId, Dispute: new PaymentDispute(dispute.Id, dispute.AmountCents, dispute.Reason,
                sellerWins ? PaymentDisputes.Won : PaymentDisputes.Lost, null)), cancellationToken);
    }

    private sealed record OpenDispute(string Id, string? Status, long AmountCents, string? Reason);
}
