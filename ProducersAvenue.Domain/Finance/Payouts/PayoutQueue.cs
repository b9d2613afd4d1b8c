using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Payouts;

/// <summary>
/// The admins' payout queue (decision 191): requests waiting for approval, oldest first, <see cref="PageSize"/> more at a time. Approving sends the payout through
/// the processor after the approval commits; the processor's answer completes or returns it (<see cref="PayoutProcessing"/>).
/// Refusing returns the amount with a reason the member reads. Admins only, checked here and by the read policy.
/// </summary>
public sealed class PayoutQueue(
    IDbContextFactory<AppDbContext> contexts, [FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork money, ICurrentUser user, PayoutSending sending, PayoutNotices notices,
    PayoutProcessing processing, TimeProvider clock)
{
    public const int ReasonMaxLength = Payout.FailureReasonMaxLength;

    public const int PageSize = 50;

    /// <summary>The oldest <paramref name="shown"/> requests waiting (or being sent), with the count and sum of all of them.</summary>
    public async Task<PayoutQueueList> WaitingAsync(int shown = PageSize, CancellationToken cancellationToken = default)
    {
        if (!user.IsAdmin) return PayoutQueueList.Empty;
        var take = Math.Max(shown, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var waiting = db.Payouts.AsNoTracking().Where(p => p.Status == PayoutStatus.Pending || p.Status == PayoutStatus.Processing);
        var totals = await waiting.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Cents = g.Sum(p => (long)p.Amount) })
            .SingleOrDefaultAsync(cancellationToken);
        var rows = await (
                from p in waiting
                join u in db.UserProfiles on p.UserId equals u.UserId into members
                from u in members.DefaultIfEmpty()
                orderby p.RequestedAt, p.Id
                select new PayoutRow(p.Id, p.UserId, u == null ? null : u.Username, p.Amount, p.PayoutMethod, p.Status, p.RequestedAt, p.CompletedAt,
                    p.FailureReason))
            .Take(take + 1).ToListAsync(cancellationToken);
        return new PayoutQueueList(rows.Take(take).ToList(), totals?.Count ?? 0, totals?.Cents ?? 0, rows.Count > take);
    }

    public async Task<Result> ApproveAsync(Guid payoutId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } admin || !user.IsAdmin) return Error.Forbidden;
        var approved = await money.RunAsync<Result>(async (db, ct) =>
        {
            var payout = await db.Payouts.FirstOrDefaultAsync(p => p.Id == payoutId, ct);
            if (payout is null) return FinanceErrors.PayoutNotFound;
            var moved = payout.Approve(admin, clock.GetUtcNow());
            if (moved.Succeeded) await notices.TellAsync(payout, PayoutStep.Approved, null, ct);
            return moved;
        }, cancellationToken);
        if (!approved.Succeeded) return approved;

        // The outside call goes after the approval commits; a processor that does not answer leaves it approved for a retry.
        return await sending.SendAsync(payoutId, cancellationToken);
    }

    public async Task<Result> RejectAsync(Guid payoutId, string? reason, CancellationToken cancellationToken = default)
    {
        if (!user.IsAdmin) return Error.Forbidden;
        var why = TextInput.Clean(reason);
        if (string.IsNullOrWhiteSpace(why)) return FinanceErrors.RejectionReasonRequired;
        if (why.Length > ReasonMaxLength) why = why[..ReasonMaxLength];
        return await processing.ApplyAsync($"payout_rejected_{payoutId:N}", "sandbox", PayoutProcessing.Failed, payoutId, null, why, cancellationToken);
    }
}
