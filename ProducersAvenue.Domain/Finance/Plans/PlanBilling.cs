using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Ledger;
using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Plans;

/// <summary>
/// A plan payment, finished in the money path's unit (decision 194): the payment completes, posts to the ledger as the
/// platform's revenue, and the member's plan takes the paid tier at once for a new period (an upgrade is charged the new
/// price less the unused part of the old one; a renewal the full price). Any scheduled change or cancellation is dropped, and
/// the member's message says so, with when the plan renews and for how much. A payment priced
/// against a plan that has moved since (<see cref="PricedFrom"/>: a second tab's checkout, paid after the first) is refunded
/// in full instead: it would charge twice for one period, or move the member down to what the stale page offered.
/// </summary>
public sealed class PlanBilling(LedgerWriter ledger, CardPaymentReturn cardReturn, INotifier notifier, IOptions<PlanOptions> options, TimeProvider clock)
{
    /// <summary>The note holding <see cref="Subscription.PricedState"/> as the checkout priced it (Stripe Billing's invoices have none).</summary>
    public const string PricedFrom = "priced_from";

    public async Task<Result<PaymentEventOutcome>> CompleteAsync(AppDbContext db, FinancialTransaction payment, string? paymentIntentId, string? chargeId,
        CancellationToken cancellationToken)
    {
        if (!UnitOfWork.IsOpen) throw new InvalidOperationException("A plan payment completes inside the money path's unit of work.");
        var now = clock.GetUtcNow();
        var completed = payment.Complete(now, paymentIntentId, chargeId);
        if (!completed.Succeeded) return completed.FirstError!;
        var (tier, interval) = PlanOf(payment);
        var plan = await db.Subscriptions.FirstAsync(s => s.UserId == payment.BuyerId, cancellationToken);
        if (payment.Noted(PricedFrom) is { } priced && priced != plan.PricedState)
        {
            return await cardReturn.GiveBackAsync(db, payment, "plan_changed", FinanceErrors.PlanChangedBeforePayment, $"the {PlanNames.Of(tier)} plan",
                new NotificationRequest(payment.BuyerId, NotificationType.System, $"Your payment for the {PlanNames.Of(tier)} plan is refunded",
                    "Your plan changed while that checkout was open (another plan payment went through first), so the full amount goes back to your card.",
                    "/pricing"), cancellationToken);
        }

        var posted = await ledger.PostAsync(db, LedgerPosting.PlanPayment(payment.Id, payment.AmountTotal, payment.AmountFees,
            $"{PlanNames.Of(tier)} plan ({PlanNames.Of(interval)})"), cancellationToken);
        if (!posted.Succeeded) return posted.FirstError!;
        if (posted.Value == PostingOutcome.AlreadyPosted) return new PaymentEventOutcome(PaymentEventEffect.Completed);

        var dropped = await db.Database.SqlQuery<ScheduledChange>($"""
            SELECT scheduled_tier, scheduled_interval FROM subscriptions WHERE user_id = {payment.BuyerId}
            """).FirstAsync(cancellationToken);
        if (plan.Status != SubscriptionStatus.Active) plan.StartPeriod(now, PlanOptions.PeriodEnd(now, interval));
        var changed = plan.ChangeTier(tier, interval);
        if (!changed.Succeeded) return changed.FirstError!;
        var started = plan.StartPeriod(now, PlanOptions.PeriodEnd(now, interval));
        if (!started.Succeeded) return started.FirstError!;
        await db.SaveChangesAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE subscriptions SET scheduled_tier = NULL, scheduled_interval = NULL, cancel_at = NULL WHERE user_id = {payment.BuyerId}", cancellationToken);
        var renews = $"It renews on {PlanNames.Date(plan.CurrentPeriodEnd!.Value)} at {options.Value.PriceWords(tier, interval)}.";
        // A renewal at the tier the member chose to move to is that change made; any other scheduled change is withdrawn.
        var scheduledTier = dropped.ScheduledTier is { } st ? EnumText<SubscriptionTier>.FromText(st) : (SubscriptionTier?)null;
        var scheduledInterval = dropped.ScheduledInterval is { } si ? EnumText<BillingInterval>.FromText(si) : (BillingInterval?)null;
        var withdrawn = scheduledTier == tier && scheduledInterval == interval ? "" : PlanNames.Withdrawn(scheduledTier, scheduledInterval);
        await notifier.NotifyAsync(new NotificationRequest(payment.BuyerId, NotificationType.System,
            $"You are on the {PlanNames.Of(tier)} plan",
            $"Paid {Money.Format(payment.AmountTotal)}. From now on, your sales pay the {PlanNames.Of(tier)} plan's commission. {renews}{withdrawn}", "/pricing"),
            cancellationToken);
        return new PaymentEventOutcome(PaymentEventEffect.Completed);
    }

    /// <summary>
    /// A renewal's payment failed (Stripe's <c>invoice.payment_failed</c>, or the sandbox's card on file declined): the plan
    /// is past due, and its member is told how to fix it. In the caller's money-path unit.
    /// </summary>
    public async Task<PaymentEventOutcome> RenewalFailedAsync(Subscription plan, CancellationToken cancellationToken)
    {
        plan.MarkPastDue();
        await notifier.NotifyAsync(new NotificationRequest(plan.UserId, NotificationType.System, "Your plan's payment failed",
            "Fix the payment to keep your plan: open Plans and pricing and choose Fix payment.", "/pricing"), cancellationToken);
        return new PaymentEventOutcome(PaymentEventEffect.Failed);
    }

    /// <summary>Notes on a plan payment what it buys (read back by <see cref="PlanOf"/>) and its title in the member's payments.</summary>
    public static void NotePlan(FinancialTransaction payment, SubscriptionTier tier, BillingInterval interval)
    {
        payment.Note("product_title", $"{PlanNames.Of(tier)} plan, {PlanNames.Of(interval)}");
        payment.Note("tier", EnumText<SubscriptionTier>.ToText(tier));
        payment.Note("interval", EnumText<BillingInterval>.ToText(interval));
    }

    /// <summary>The tier and interval a plan payment buys, from its notes (<see cref="NotePlan"/>).</summary>
    public static (SubscriptionTier Tier, BillingInterval Interval) PlanOf(FinancialTransaction payment)
    {
        var notes = System.Text.Json.Nodes.JsonNode.Parse(payment.Metadata ?? "{}");
        var tier = EnumText<SubscriptionTier>.FromText(notes?["tier"]?.GetValue<string>() ?? "");
        var interval = EnumText<BillingInterval>.FromText(notes?["interval"]?.GetValue<string>() ?? "");
        return (tier, interval);
    }

    private sealed record ScheduledChange(string? ScheduledTier, string? ScheduledInterval);
}
