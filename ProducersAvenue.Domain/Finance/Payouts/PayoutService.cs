using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Ledger;
using ProducersAvenue.Domain.Finance.Payouts.Connect;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Payouts;

/// <summary>
/// A member's side of payouts (product rules, "Money"; decision 191): connect a payout account, request a withdrawal of at
/// least the minimum and at most the available balance — the amount leaves the balance at once, in the same unit as its
/// ledger posting, so two requests racing for one balance cannot both take it — and cancel a request no admin has
/// approved yet (the amount comes back). The checks read the member's own wallet; the writes go through the money path.
/// </summary>
public sealed class PayoutService(
    IDbContextFactory<AppDbContext> contexts, [FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork money, ICurrentUser user, LedgerWriter ledger,
    IStripeConnect connect, PayoutNotices notices, IOptions<MoneyOptions> options, TimeProvider clock)
{
    public const int PageSize = 20;

    /// <summary>
    /// Starts or resumes Stripe Connect onboarding (decision 216): the member's Express account is created once and stays
    /// pending until Stripe's <c>account.updated</c> says otherwise. Returns where the member finishes onboarding.
    /// </summary>
    public async Task<Result<string>> ConnectAccountAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        string? existing;
        await using (var read = await contexts.CreateDbContextAsync(cancellationToken))
            existing = await read.Wallets.AsNoTracking().Where(w => w.UserId == me).Select(w => w.StripeAccountId).FirstOrDefaultAsync(cancellationToken);
        var onboarding = await connect.StartOnboardingAsync(me, existing, cancellationToken);
        if (!onboarding.Succeeded) return onboarding.FirstError!;
        if (existing is null)
        {
            var now = clock.GetUtcNow();
            await money.RunAsync(async (db, ct) =>
            {
                await db.Database.ExecuteSqlInterpolatedAsync($"""
                    UPDATE wallets SET stripe_account_id = {onboarding.Value!.AccountId}, stripe_account_status = 'pending', updated_at = {now}
                    WHERE user_id = {me} AND stripe_account_id IS NULL
                    """, ct);
                return await WalletPayoutsEnabled.RefreshAsync(db, me, now, ct);
            }, cancellationToken);
        }
        return onboarding.Value!.Url;
    }

    /// <summary>
    /// Requests a payout of <paramref name="amount"/> to <paramref name="method"/>: one the member has ready (a Stripe account
    /// that is enabled, a verified PayPal email); without one, the Stripe account when it is enabled, PayPal otherwise.
    /// </summary>
    public async Task<Result<Guid>> RequestAsync(string? amount, PayoutMethod? method = null, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        if (string.IsNullOrWhiteSpace(amount)) return FinanceErrors.PayoutAmountRequired(options.Value.PayoutMinimumCents);
        // A well-formed amount too large for any wallet is "above your balance" below, not a format error.
        if (!Money.TryParseCents(amount, out var cents)) return Money.Unreadable(amount);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var wallet = await db.Wallets.AsNoTracking().FirstOrDefaultAsync(w => w.UserId == me, cancellationToken);
        if (wallet is null || !wallet.PayoutsEnabled) return FinanceErrors.PayoutsNotEnabled;
        // Payouts wait while the member owes the platform (decision 220).
        var debt = await db.Database.SqlQuery<int>($"""SELECT debt_cents AS "Value" FROM wallets WHERE user_id = {me}""").SingleAsync(cancellationToken);
        if (debt > 0) return FinanceErrors.PayoutsWaitForDebt(debt);
        if (cents > wallet.BalanceAvailable) return FinanceErrors.PayoutAboveBalance(wallet.BalanceAvailable);
        var stripeReady = wallet.StripeAccountStatus == StripeAccountStatus.Enabled;
        var chosen = method ?? (stripeReady ? PayoutMethod.Stripe : PayoutMethod.Paypal);
        if (chosen == PayoutMethod.Stripe ? !stripeReady : !wallet.PaypalVerified) return FinanceErrors.PayoutMethodUnavailable;
        var requested = Payout.Request(me, wallet.Id, (int)cents, chosen, clock.GetUtcNow(), options.Value.PayoutMinimumCents);
        if (!requested.Succeeded) return requested.FirstError!;
        var payout = requested.Value!;

        return await money.RunAsync<Result<Guid>>(async (jobs, ct) =>
        {
            jobs.Payouts.Add(payout);
            await jobs.SaveChangesAsync(ct);
            var posted = await ledger.PostAsync(jobs, LedgerPosting.PayoutRequested(payout.Id, me, cents, "Withdrawal requested"), ct);
            // The balance moved since it was read (another request, a purchase): the conditional update refused it.
            if (!posted.Succeeded) return FinanceErrors.PayoutAboveBalance(await AvailableAsync(jobs, me, ct));
            await notices.TellAsync(payout, PayoutStep.Requested, null, ct);
            return payout.Id;
        }, cancellationToken);
    }

    /// <summary>Withdraws a request an admin has not approved yet; the amount returns to the available balance.</summary>
    public async Task<Result> CancelAsync(Guid payoutId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await money.RunAsync<Result>(async (db, ct) =>
        {
            var payout = await db.Payouts.FirstOrDefaultAsync(p => p.Id == payoutId && p.UserId == me, ct);
            if (payout is null) return FinanceErrors.PayoutNotFound;
            var cancelled = payout.Cancel();
            if (!cancelled.Succeeded) return cancelled;
            var posted = await ledger.PostAsync(db, await PayoutReturns.PostingAsync(db, payout, "Withdrawal cancelled", ct), ct);
            return posted.Succeeded ? Result.Success() : posted.FirstError!;
        }, cancellationToken);
    }

    /// <summary>The member's payouts, newest first.</summary>
    public async Task<IReadOnlyList<PayoutRow>> MineAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Payouts.AsNoTracking().Where(p => p.UserId == me).OrderByDescending(p => p.RequestedAt).Take(PageSize)
            .Select(p => new PayoutRow(p.Id, p.UserId, null, p.Amount, p.PayoutMethod, p.Status, p.RequestedAt, p.CompletedAt, p.FailureReason))
            .ToListAsync(cancellationToken);
    }

    private static Task<int> AvailableAsync(AppDbContext db, Guid member, CancellationToken ct) =>
        db.Wallets.Where(w => w.UserId == member).Select(w => w.BalanceAvailable).FirstAsync(ct);
}

/// <summary>One payout as its member or the admin queue sees it.</summary>
public sealed record PayoutRow(
    Guid Id, Guid UserId, string? Username, int Amount, PayoutMethod Method, PayoutStatus Status, DateTimeOffset RequestedAt,
    DateTimeOffset? CompletedAt, string? FailureReason);
