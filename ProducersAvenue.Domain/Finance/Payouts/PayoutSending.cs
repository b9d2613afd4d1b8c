using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Payments.Stripe;
using ProducersAvenue.Domain.Finance.Payouts.Connect;
using ProducersAvenue.Domain.Finance.Payouts.Paypal;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Payouts;

/// <summary>
/// Sends an approved payout through its method (decisions 191, 215), always outside any unit of work: PayPal payouts through
/// <see cref="IPaypalPayouts"/> (the batch id is recorded on the payout, then its status is applied by
/// <see cref="PayoutProcessing"/>), Stripe payouts through <see cref="IStripeConnect"/> (the payout id recorded; <c>payout.paid</c> / <c>payout.failed</c> answer by webhook). When the processor does not answer the
/// payout stays approved (processing) with nothing lost; <see cref="RetryAsync"/> (a recurring job) sends it again — the
/// idempotency keys make a repeat safe — or asks PayPal for the status of a batch still in flight.
/// </summary>
public sealed class PayoutSending(
    [FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork money, IStripeConnect stripe, IPaypalPayouts paypal, PayoutProcessing processing,
    ILogger<PayoutSending> log)
{
    public const string PaypalProcessor = "paypal";

    public async Task<Result> SendAsync(Guid payoutId, CancellationToken cancellationToken = default)
    {
        var found = await money.RunAsync((db, ct) => (
                from p in db.Payouts
                join w in db.Wallets on p.WalletId equals w.Id
                where p.Id == payoutId
                select new Approved(p.Id, p.PayoutMethod, p.Status, p.Amount, p.PaypalBatchId, w.PaypalVerified ? w.PaypalEmail : null, w.StripeAccountId))
            .FirstOrDefaultAsync(ct), cancellationToken);
        if (found is null) return FinanceErrors.PayoutNotFound;
        if (found.Status != PayoutStatus.Processing) return Result.Success();
        return found.Method == PayoutMethod.Paypal ? await ByPaypalAsync(found, cancellationToken) : await ByStripeAsync(found, cancellationToken);
    }

    /// <summary>Sends again every approved payout that has no answer yet; returns how many were looked at.</summary>
    public async Task<int> RetryAsync(CancellationToken cancellationToken = default)
    {
        var waiting = await money.RunAsync((db, ct) => db.Payouts.Where(p => p.Status == PayoutStatus.Processing
                && (p.PayoutMethod == PayoutMethod.Paypal || p.StripePayoutId == null))
            .OrderBy(p => p.ApprovedAt).Select(p => p.Id).Take(100).ToListAsync(ct), cancellationToken);
        foreach (var id in waiting)
        {
            var sent = await SendAsync(id, cancellationToken);
            if (!sent.Succeeded) log.LogWarning("Payout {Payout} is still waiting for its processor: {Reason}", id, sent.FirstError!.Message);
        }
        return waiting.Count;
    }

    private async Task<Result> ByPaypalAsync(Approved payout, CancellationToken cancellationToken)
    {
        if (payout.PaypalEmail is not { Length: > 0 } email && payout.PaypalBatchId is null)
            return await processing.ApplyAsync($"paypal_unverified_{payout.Id:N}", PaypalProcessor, PayoutProcessing.Failed, payout.Id, null,
                "There is no verified PayPal email to pay. Add and verify one in your wallet, then request the payout again.", cancellationToken);
        var batch = payout.PaypalBatchId is { } known
            ? await paypal.StatusAsync(known, cancellationToken)
            : await paypal.SendAsync(payout.Id, payout.PaypalEmail!, payout.Amount, cancellationToken);
        if (!batch.Succeeded) return batch;
        var answer = batch.Value!;
        if (answer.BatchId.Length > 0 && payout.PaypalBatchId is null)
        {
            var recorded = await money.RunAsync<Result>(async (db, ct) =>
            {
                var row = await db.Payouts.FirstAsync(p => p.Id == payout.Id, ct);
                return row.RecordSent(answer.BatchId);
            }, cancellationToken);
            if (!recorded.Succeeded) return Result.Success(); // answered meanwhile (a rejection, another attempt)
        }
        var eventId = $"paypal_{(answer.BatchId.Length > 0 ? answer.BatchId : payout.Id.ToString("N"))}_{answer.Status.ToLowerInvariant()}";
        return answer.Outcome switch
        {
            PaypalBatchOutcome.Paid => await processing.ApplyAsync(eventId, PaypalProcessor, PayoutProcessing.Paid, payout.Id, answer.BatchId, null, cancellationToken),
            PaypalBatchOutcome.Failed => await processing.ApplyAsync(eventId, PaypalProcessor, PayoutProcessing.Failed, payout.Id, null,
                answer.FailureReason ?? "PayPal could not pay this account.", cancellationToken),
            _ => Result.Success(),
        };
    }

    private async Task<Result> ByStripeAsync(Approved payout, CancellationToken cancellationToken)
    {
        if (payout.StripeAccountId is not { Length: > 0 } account)
            return await processing.ApplyAsync($"stripe_unconnected_{payout.Id:N}", StripePaymentProcessor.ProcessorName, PayoutProcessing.Failed, payout.Id,
                null, "There is no connected Stripe account to pay. Connect one in your wallet, then request the payout again.", cancellationToken);
        var sent = await stripe.SendAsync(payout.Id, account, payout.Amount, cancellationToken);
        if (!sent.Succeeded) return sent;
        var recorded = await money.RunAsync<Result>(async (db, ct) => (await db.Payouts.FirstAsync(p => p.Id == payout.Id, ct)).RecordSent(sent.Value!),
            cancellationToken);
        if (!recorded.Succeeded || !stripe.PaysAtOnce) return Result.Success();
        // The sandbox pays at once: its answer is applied here as Stripe's payout.paid would be.
        return await processing.ApplyAsync($"payout_sent_{payout.Id:N}", "sandbox", PayoutProcessing.Paid, payout.Id, sent.Value, null, cancellationToken);
    }

    private sealed record Approved(Guid Id, PayoutMethod Method, PayoutStatus Status, int Amount, string? PaypalBatchId, string? PaypalEmail, string? StripeAccountId);
}
