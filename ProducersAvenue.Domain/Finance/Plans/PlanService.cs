using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Checkout;
using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Plans;

/// <summary>
/// A member's plan (product rules, "Subscription tiers"; decision 194). An upgrade — a higher tier, or the same tier billed
/// annually instead of monthly — starts at once: the member pays the new price less the unused part of the current
/// period, through the one payment path. A downgrade or a cancellation waits for the end of the period
/// (<c>scheduled_tier</c>), and can be taken back until then. Partner accounts have Ultimate's rights for free.
/// </summary>
public sealed class PlanService(
    IDbContextFactory<AppDbContext> contexts, [FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork money, ICurrentUser user, SellerEarnings earnings,
    IPaymentProcessor processor, INotifier notifier, IOptions<PlanOptions> options, TimeProvider clock, ISubscriptionBilling? billing = null)
{
    public async Task<PlanView?> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ReadAsync(db, me, cancellationToken);
    }

    /// <summary>
    /// What upgrading to <paramref name="tier"/> billed <paramref name="interval"/> would do, for the member to confirm; null
    /// when it is not an upgrade (a downgrade waits for the period's end and costs nothing now).
    /// </summary>
    public async Task<PlanUpgradeQuote?> QuoteUpgradeAsync(SubscriptionTier tier, BillingInterval interval, CancellationToken cancellationToken = default)
    {
        var plan = await CurrentAsync(cancellationToken);
        if (plan is null || tier == SubscriptionTier.Basic || !IsUpgrade(plan, tier, interval)) return null;
        return new PlanUpgradeQuote(Charge(plan, tier, interval), PlanOptions.PeriodEnd(clock.GetUtcNow(), interval), options.Value.PriceCents(tier, interval),
            plan.ScheduledTier, plan.ScheduledInterval);
    }

    public async Task<Result<CheckoutStarted>> UpgradeAsync(SubscriptionTier tier, BillingInterval interval, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var plan = await ReadAsync(db, me, cancellationToken);
        if (plan is null) return Error.NotFound("Your plan");
        if (plan.IsPartnerAccount) return FinanceErrors.PartnerHasUltimate;
        if (tier == SubscriptionTier.Basic || !IsUpgrade(plan, tier, interval)) return FinanceErrors.NotAnUpgrade;

        var subscription = await db.Subscriptions.AsNoTracking().FirstAsync(s => s.UserId == me, cancellationToken);
        return billing is not null
            ? await StartBillingAsync(db, me, subscription.Id, tier, interval, cancellationToken)
            : await StartPaymentAsync(me, subscription.Id, subscription.PricedState, tier, interval, Charge(plan, tier, interval), cancellationToken);
    }

    /// <summary>
    /// Stripe Billing (decision 222): a member without a Stripe subscription subscribes through Checkout in subscription mode;
    /// one who has one changes plan in the customer portal, where Stripe prorates the upgrade.
    /// </summary>
    private async Task<Result<CheckoutStarted>> StartBillingAsync(AppDbContext db, Guid me, Guid subscriptionId, SubscriptionTier tier, BillingInterval interval,
        CancellationToken cancellationToken)
    {
        var ids = await db.Subscriptions.AsNoTracking().Where(s => s.UserId == me)
            .Select(s => new { s.StripeCustomerId, s.StripeSubscriptionId, s.Tier }).FirstAsync(cancellationToken);
        var started = ids is { StripeSubscriptionId: not null, StripeCustomerId: { } customer } && ids.Tier != SubscriptionTier.Basic
            ? await billing!.PortalAsync(customer, cancellationToken)
            : await billing!.StartCheckoutAsync(new SubscriptionCheckoutRequest(me, subscriptionId, tier, interval, ids.StripeCustomerId), cancellationToken);
        return started.Succeeded ? new CheckoutStarted(started.Value!, null) : started.FirstError!;
    }

    /// <summary>
    /// A plan whose payment failed (past due or unpaid) is paid again: in Stripe's customer portal when Stripe bills it, on
    /// the sandbox's payment page otherwise (a new period of the same plan, through the one payment path).
    /// </summary>
    public async Task<Result<CheckoutStarted>> FixPaymentAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Subscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == me, cancellationToken);
        if (row is null || row.Status is not (SubscriptionStatus.PastDue or SubscriptionStatus.Unpaid) || row.Interval is not { } interval)
            return FinanceErrors.PlanPaidUp;
        if (billing is not null)
        {
            if (row.StripeCustomerId is not { } customer) return FinanceErrors.PlanPaidUp;
            var portal = await billing.PortalAsync(customer, cancellationToken);
            return portal.Succeeded ? new CheckoutStarted(portal.Value!, null) : portal.FirstError!;
        }
        return await StartPaymentAsync(me, row.Id, row.PricedState, row.Tier, interval, options.Value.PriceCents(row.Tier, interval), cancellationToken);
    }

    /// <summary>
    /// A plan's payment of <paramref name="amount"/> cents on the sandbox's payment page, through the one payment path: the
    /// transaction is written (with what the plan was priced from) before the member is sent to pay it.
    /// </summary>
    private async Task<Result<CheckoutStarted>> StartPaymentAsync(Guid me, Guid subscriptionId, string pricedState, SubscriptionTier tier,
        BillingInterval interval, long amount, CancellationToken cancellationToken)
    {
        var fee = earnings.For(amount, PaymentMethod.Card, 0m).ProcessorFeeCents;
        var started = FinancialTransaction.Start(me, null, TransactionType.SubscriptionPayment, subscriptionId, checked((int)amount), checked((int)fee),
            checked((int)(amount - fee)), null, null, PaymentProcessor.Stripe, PaymentMethod.Card);
        if (!started.Succeeded) return started.FirstError!;
        var payment = started.Value!;
        PlanBilling.NotePlan(payment, tier, interval);
        payment.Note(PlanBilling.PricedFrom, pricedState);
        payment.Note(CheckoutSessionRequest.CancelPathNote, "/pricing");
        await money.RunAsync(async (jobs, ct) =>
        {
            jobs.Transactions.Add(payment);
            await jobs.SaveChangesAsync(ct);
        }, cancellationToken);
        var session = await processor.StartCheckoutAsync(
            CheckoutSessionRequest.For(payment, $"Producers Avenue {PlanNames.Of(tier)} ({PlanNames.Of(interval)})", amount), cancellationToken);
        return session.Succeeded ? new CheckoutStarted(session.Value!, null) : session.FirstError!;
    }

    /// <summary>
    /// Switches to a lower plan (or back to Basic, <paramref name="interval"/> null) when the current period ends; until
    /// then the member keeps what they paid for. A plan Stripe bills is changed where Stripe bills it: the value is the
    /// customer portal's address to send the member to (the change then arrives as <c>customer.subscription.updated</c>,
    /// decision 222); null when the change is recorded here.
    /// </summary>
    public async Task<Result<string?>> ScheduleAsync(SubscriptionTier tier, BillingInterval? interval, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var plan = await ReadAsync(db, me, cancellationToken);
        if (plan is null || plan.Tier == SubscriptionTier.Basic || plan.PeriodEnd is null) return FinanceErrors.NoPaidPlan;
        if (tier != SubscriptionTier.Basic && interval is null) return FinanceErrors.IntervalRequired;
        if (tier == SubscriptionTier.Basic) interval = null;
        if (tier != SubscriptionTier.Basic && IsUpgrade(plan, tier, interval!.Value)) return FinanceErrors.NotADowngrade;
        if (tier == plan.Tier && interval == plan.Interval) return FinanceErrors.NotADowngrade;
        if (billing is not null)
        {
            var ids = await db.Subscriptions.AsNoTracking().Where(s => s.UserId == me)
                .Select(s => new { s.StripeCustomerId, s.StripeSubscriptionId }).FirstAsync(cancellationToken);
            if (ids is { StripeSubscriptionId: not null, StripeCustomerId: { } customer })
            {
                var portal = await billing.PortalAsync(customer, cancellationToken);
                return portal.Succeeded ? portal.Value : Result<string?>.Fail(portal.Errors);
            }
        }
        var tierText = EnumText<SubscriptionTier>.ToText(tier);
        var intervalText = interval is { } i ? EnumText<BillingInterval>.ToText(i) : null;
        DateTimeOffset? cancelAt = tier == SubscriptionTier.Basic ? plan.PeriodEnd : null;
        var until = PlanNames.Date(plan.PeriodEnd.Value);
        var told = tier == SubscriptionTier.Basic
            ? new NotificationRequest(me, NotificationType.System, $"Your {PlanNames.Of(plan.Tier)} plan ends on {until}",
                $"As you asked, it is not renewed: you keep {PlanNames.Of(plan.Tier)} until {until}, then return to Basic and pay nothing more. Changed your mind? Keep your plan on the plans page.",
                "/pricing")
            : new NotificationRequest(me, NotificationType.System, $"You switch to {PlanNames.Of(tier, interval)} on {until}",
                $"You keep {PlanNames.Of(plan.Tier, plan.Interval)} until {until}; then {PlanNames.Of(tier)} starts at {options.Value.PriceWords(tier, interval!.Value)}.",
                "/pricing");
        await money.RunAsync(async (jobs, ct) =>
        {
            await jobs.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE subscriptions SET scheduled_tier = {tierText}, scheduled_interval = {intervalText}, cancel_at = {cancelAt}, updated_at = {clock.GetUtcNow()}
                WHERE user_id = {me}
                """, ct);
            await notifier.NotifyAsync(told, ct);
        }, cancellationToken);
        return Result.Success<string?>(null);
    }

    /// <summary>Keeps the current plan after all: the scheduled change or cancellation is dropped, and the member told when it renews.</summary>
    public async Task<Result> KeepCurrentAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var plan = await ReadAsync(db, me, cancellationToken);
        await money.RunAsync(async (jobs, ct) =>
        {
            var kept = await jobs.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE subscriptions SET scheduled_tier = NULL, scheduled_interval = NULL, cancel_at = NULL, updated_at = {clock.GetUtcNow()}
                WHERE user_id = {me} AND scheduled_tier IS NOT NULL
                """, ct);
            if (kept == 0 || plan is not { Interval: { } billed, PeriodEnd: { } end }) return;
            await notifier.NotifyAsync(new NotificationRequest(me, NotificationType.System, $"You keep the {PlanNames.Of(plan.Tier)} plan",
                $"Your earlier change is called off: {PlanNames.Of(plan.Tier, billed)} renews on {PlanNames.Date(end)} at {options.Value.PriceWords(plan.Tier, billed)}.",
                "/pricing"), ct);
        }, cancellationToken);
        return Result.Success();
    }

    private static int Rank(SubscriptionTier tier) => (int)tier;

    /// <summary>
    /// Whether moving to <paramref name="tier"/> billed <paramref name="interval"/> starts now (an upgrade) or waits for the
    /// period's end. An upgrade never shortens the billing: a year's unused part is worth more than a month of any plan, so
    /// a yearly member moves to monthly billing when the year ends (or upgrades now on yearly billing) and loses nothing.
    /// </summary>
    public static bool IsUpgrade(PlanView plan, SubscriptionTier tier, BillingInterval interval) =>
        plan.Tier == SubscriptionTier.Basic || plan.Status != SubscriptionStatus.Active
            ? tier != SubscriptionTier.Basic
            : !(plan.Interval == BillingInterval.Annual && interval == BillingInterval.Monthly) &&
              (Rank(tier) > Rank(plan.Tier) || (tier == plan.Tier && plan.Interval == BillingInterval.Monthly && interval == BillingInterval.Annual));

    /// <summary>The new price less the unused part of the current period's price (never below the minimum charge).</summary>
    private long Charge(PlanView plan, SubscriptionTier tier, BillingInterval interval)
    {
        var price = options.Value.PriceCents(tier, interval);
        if (plan.Tier == SubscriptionTier.Basic || plan.Interval is not { } current || plan.PeriodEnd is not { } end || plan.PeriodStart is not { } start)
            return price;
        var now = clock.GetUtcNow();
        var total = (end - start).TotalSeconds;
        var unused = total <= 0 ? 0 : Math.Clamp((end - now).TotalSeconds / total, 0, 1);
        var credit = (long)Math.Round(options.Value.PriceCents(plan.Tier, current) * (decimal)unused, MidpointRounding.AwayFromZero);
        return Math.Max(options.Value.MinimumChargeCents, price - credit);
    }

    private static async Task<PlanView?> ReadAsync(AppDbContext db, Guid me, CancellationToken cancellationToken)
    {
        var row = await db.Database.SqlQuery<PlanRow>($"""
            SELECT s.tier, s.interval, s.status, s.current_period_start, s.current_period_end, s.scheduled_tier, s.scheduled_interval,
                   coalesce(p.is_partner_account, false) AS is_partner_account
            FROM subscriptions s LEFT JOIN user_profiles p ON p.user_id = s.user_id
            WHERE s.user_id = {me}
            """).FirstOrDefaultAsync(cancellationToken);
        if (row is null) return null;
        return new PlanView(EnumText<SubscriptionTier>.FromText(row.Tier), row.Interval is { } i ? EnumText<BillingInterval>.FromText(i) : null,
            EnumText<SubscriptionStatus>.FromText(row.Status), row.IsPartnerAccount, row.CurrentPeriodStart, row.CurrentPeriodEnd,
            row.ScheduledTier is { } st ? EnumText<SubscriptionTier>.FromText(st) : null,
            row.ScheduledInterval is { } si ? EnumText<BillingInterval>.FromText(si) : null);
    }

    private sealed record PlanRow(string Tier, string? Interval, string Status, DateTimeOffset? CurrentPeriodStart, DateTimeOffset? CurrentPeriodEnd,
        string? ScheduledTier, string? ScheduledInterval, bool IsPartnerAccount);
}
