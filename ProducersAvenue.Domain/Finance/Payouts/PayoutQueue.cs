using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Payouts;

/// <summary>
/// The admins' payout queue (decision 191): requests waiting for approval, oldest first. Approving sends the payout through
/// the processor after the approval commits; the processor's answer completes or returns it (<see cref="PayoutProcessing"/>).
/// Refusing returns the amount with a reason the member reads. Admins only, checked here and by the read policy.
/// </summary>
public sealed class PayoutQueue(
    IDbContextFactory<AppDbContext> contexts, [FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork money, ICurrentUser user, PayoutSending sending, PayoutNotices notices,
    PayoutProcessing processing, TimeProvider clock)
{
    public const int ReasonMaxLength = Payout.FailureReasonMaxLength;

    public async Task<IReadOnlyList<PayoutRow>> WaitingAsync(CancellationToken cancellationToken = default)
    {
        if (!user.IsAdmin) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (
                from p in db.Payouts.AsNoTracking()
                where p.Status == PayoutStatus.Pending || p.Status == PayoutStatus.Processing
                join u in db.UserProfiles on p.UserId equals u.UserId into members
                from u in members.DefaultIfEmpty()
                orderby p.RequestedAt, p.Id
                select new PayoutRow(p.Id, p.UserId, u == null ? null : u.Username, p.Amount, p.PayoutMethod, p.Status, p.RequestedAt, p.CompletedAt,
                    p.FailureReason))
            .Take(200).ToListAsync(cancellationToken);
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
