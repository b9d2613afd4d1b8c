using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Ledger;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Payouts;

/// <summary>
/// What the processor reports about a payout, applied once (its event id is recorded in <c>payment_events</c> in the same
/// unit): <c>payout.paid</c> completes it — the money leaves the platform's processor balance and the member's withdrawn
/// totals grow — and <c>payout.failed</c> returns the amount to the available balance with the reason. Either way the
/// member is told.
/// </summary>
public sealed class PayoutProcessing([FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork money, LedgerWriter ledger, PayoutNotices notices, TimeProvider clock)
{
    public const string Paid = "payout.paid";
    public const string Failed = "payout.failed";

    public Task<Result> ApplyAsync(string eventId, string processor, string type, Guid payoutId, string? processorPayoutId, string? failureReason,
        CancellationToken cancellationToken = default) => money.RunAsync<Result>(async (db, ct) =>
    {
        var recorded = await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO payment_events (id, processor, type) VALUES ({eventId}, {processor}, {type}) ON CONFLICT DO NOTHING", ct);
        if (recorded == 0) return Result.Success();
        var payout = await db.Payouts.FirstOrDefaultAsync(p => p.Id == payoutId, ct);
        if (payout is null || payout.Status is not (PayoutStatus.Processing or PayoutStatus.Pending)) return Result.Success();
        var now = clock.GetUtcNow();

        if (type == Paid && payout.Status == PayoutStatus.Processing)
        {
            var paid = payout.MarkPaid(processorPayoutId ?? eventId, now);
            if (!paid.Succeeded) return paid;
            var posted = await ledger.PostAsync(db, LedgerPosting.PayoutPaid(payout.Id, payout.Amount, "Withdrawal paid"), ct);
            if (!posted.Succeeded) return posted.FirstError!;
            var byStripe = payout.PayoutMethod == PayoutMethod.Stripe ? payout.Amount : 0;
            var byPaypal = payout.PayoutMethod == PayoutMethod.Paypal ? payout.Amount : 0;
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE wallets SET total_withdrawn = total_withdrawn + {payout.Amount}, total_withdrawn_stripe = total_withdrawn_stripe + {byStripe},
                                   total_withdrawn_paypal = total_withdrawn_paypal + {byPaypal}, updated_at = {now}
                WHERE user_id = {payout.UserId}
                """, ct);
            await notices.TellAsync(payout, PayoutStep.Paid, null, ct);
            return Result.Success();
        }
        if (type == Failed)
        {
            var reason = string.IsNullOrWhiteSpace(failureReason) ? "The processor could not pay this account." : failureReason;
            var failed = payout.Fail(reason, now);
            if (!failed.Succeeded) return failed;
            var posted = await ledger.PostAsync(db, await PayoutReturns.PostingAsync(db, payout, "Withdrawal failed", ct), ct);
            if (!posted.Succeeded) return posted.FirstError!;
            await notices.TellAsync(payout, PayoutStep.Failed, reason, ct);
        }
        return Result.Success();
    }, cancellationToken);
}
