using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Jobs;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Payments.Sandbox;

/// <summary>
/// Stripe's test card 4000 0000 0000 0259 succeeds and is disputed shortly after; the sandbox does the same (decision 221).
/// Such a payment's charge is marked (<see cref="ChargeId"/>); <c>Money:SandboxDisputeAfterSeconds</c> after it completed,
/// this raises the <c>charge.dispute.created</c> Stripe would send, through the same <see cref="PaymentEvents"/> — once per
/// payment (the event id is the payment's), however often or on however many instances it runs.
/// </summary>
public sealed class SandboxDisputes(
    [FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork money, PaymentEvents events, IOptions<MoneyOptions> options, TimeProvider clock)
{
    private const string ChargePrefix = "ch_sbx_disputed_";

    /// <summary>The charge id of a sandbox payment made with the card that is disputed later.</summary>
    public static string ChargeId(Guid transactionId) => $"{ChargePrefix}{transactionId:N}";

    /// <summary>Days the seller has to answer a sandbox dispute, as Stripe gives about a week.</summary>
    public const int EvidenceDays = 7;

    /// <summary>Raises the disputes that are due; returns how many were opened.</summary>
    public async Task<int> RaiseDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var due = now.AddSeconds(-options.Value.SandboxDisputeAfterSeconds);
        var pattern = ChargePrefix + "%";
        var payments = await money.RunAsync((db, ct) => db.Database.SqlQuery<DuePayment>($"""
            SELECT t.id, t.amount_total FROM transactions t
            WHERE t.stripe_charge_id LIKE {pattern} AND t.status = 'completed' AND t.completed_at <= {due}
              AND NOT coalesce(t.metadata ? 'dispute_id', false)
            ORDER BY t.completed_at
            LIMIT 100
            """).ToListAsync(ct), cancellationToken);
        var opened = 0;
        foreach (var payment in payments)
        {
            var applied = await events.ApplyAsync(new PaymentEvent($"evt_sbx_dispute_{payment.Id:N}", SandboxPaymentProcessor.ProcessorName,
                PaymentEventTypes.DisputeCreated, payment.Id, Dispute: new PaymentDispute($"dp_sbx_{payment.Id:N}", payment.AmountTotal, "fraudulent",
                    "needs_response", now.AddDays(EvidenceDays))), cancellationToken);
            if (applied is { Succeeded: true, Value.Effect: PaymentEventEffect.Disputed }) opened++;
        }
        return opened;
    }

    private sealed record DuePayment(Guid Id, int AmountTotal);
}

/// <summary>Raises due sandbox disputes on <c>Money:SandboxDisputesCron</c>.</summary>
public sealed class SandboxDisputesJob(SandboxDisputes disputes, IOptions<MoneyOptions> options) : IRecurringJob
{
    public string Id => "sandbox-disputes";
    public string Cron => options.Value.SandboxDisputesCron;
    public Task RunAsync(CancellationToken cancellationToken) => disputes.RaiseDueAsync(cancellationToken);
}
