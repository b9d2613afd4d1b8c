using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Finance.Payments.Stripe;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Plans;

/// <summary>
/// Stripe Billing's events about a plan, applied once (decision 222): the event id is recorded in <c>payment_events</c> in the
/// same money-path unit as its effects. A subscription checkout links the plan to its Stripe customer and subscription;
/// <c>invoice.paid</c> is a plan payment (its transaction and posting through <see cref="PlanBilling"/>, the tier of the
/// invoice's price, a new period); <c>invoice.payment_failed</c> makes the plan past due;
/// <c>customer.subscription.updated</c> brings its status, a cancellation at the period's end and a plan changed in the portal;
/// <c>.deleted</c> returns the member to Basic.
/// </summary>
public sealed class PlanEvents(
    [FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork money, PlanBilling billing, SellerEarnings earnings,
    IOptions<StripeOptions> stripe, TimeProvider clock, ILogger<PlanEvents> log)
{
    public Task<Result<PaymentEventOutcome>> ApplyAsync(PlanEvent planEvent, CancellationToken cancellationToken = default) =>
        money.RunAsync<Result<PaymentEventOutcome>>(async (db, ct) =>
        {
            var recorded = await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO payment_events (id, processor, type) VALUES ({planEvent.Id}, {planEvent.Processor}, {planEvent.Type})
                ON CONFLICT DO NOTHING
                """, ct);
            if (recorded == 0) return new PaymentEventOutcome(PaymentEventEffect.AlreadyApplied);

            var plan = await db.Subscriptions.FirstOrDefaultAsync(s => s.StripeSubscriptionId == planEvent.SubscriptionId, ct)
                       ?? (planEvent.UserId is { } member ? await db.Subscriptions.FirstOrDefaultAsync(s => s.UserId == member, ct) : null);
            if (plan is null)
            {
                log.LogWarning("Plan event {EventId} ({Type}) names no known plan ({SubscriptionId})", planEvent.Id, planEvent.Type, planEvent.SubscriptionId);
                return new PaymentEventOutcome(PaymentEventEffect.Ignored);
            }
            plan.LinkStripe(planEvent.CustomerId, planEvent.SubscriptionId, planEvent.PriceId);
            var paidFor = stripe.Value.PlanFor(planEvent.PriceId);
            var now = clock.GetUtcNow();
            switch (planEvent.Type)
            {
                case PlanEventTypes.InvoicePaid when planEvent.AmountPaidCents > 0 && paidFor is { } bought:
                {
                    var amount = checked((int)planEvent.AmountPaidCents);
                    var fee = checked((int)earnings.For(amount, PaymentMethod.Card, 0m).ProcessorFeeCents);
                    var started = FinancialTransaction.Start(plan.UserId, null, TransactionType.SubscriptionPayment, plan.Id, amount, fee, amount - fee,
                        null, null, PaymentProcessor.Stripe, PaymentMethod.Card);
                    if (!started.Succeeded) return started.FirstError!;
                    var payment = started.Value!;
                    PlanBilling.NotePlan(payment, bought.Tier, bought.Interval);
                    if (planEvent.InvoiceId is { } invoice) payment.Note("stripe_invoice_id", invoice);
                    db.Transactions.Add(payment);
                    await db.SaveChangesAsync(ct);
                    return await billing.CompleteAsync(db, payment, planEvent.PaymentIntentId, null, ct);
                }
                case PlanEventTypes.InvoiceFailed when plan.Status == SubscriptionStatus.Active && plan.Tier != SubscriptionTier.Basic:
                    return await billing.RenewalFailedAsync(plan, ct);
                case PlanEventTypes.SubscriptionUpdated:
                    await UpdateAsync(db, plan, planEvent, paidFor, now, ct);
                    return new PaymentEventOutcome(PaymentEventEffect.Completed);
                case PlanEventTypes.SubscriptionDeleted:
                    plan.ReturnToBasic(now);
                    await db.SaveChangesAsync(ct);
                    await db.Database.ExecuteSqlInterpolatedAsync(
                        $"UPDATE subscriptions SET scheduled_tier = NULL, scheduled_interval = NULL WHERE id = {plan.Id}", ct);
                    return new PaymentEventOutcome(PaymentEventEffect.Expired);
                default:
                    await db.SaveChangesAsync(ct);
                    return new PaymentEventOutcome(PaymentEventEffect.Ignored);
            }
        }, cancellationToken);

    /// <summary>The subscription as Stripe has it now: status, plan (changed in the portal), period, and a cancellation at its end.</summary>
    private static async Task UpdateAsync(AppDbContext db, Subscription plan, PlanEvent e, (SubscriptionTier Tier, BillingInterval Interval)? paidFor,
        DateTimeOffset now, CancellationToken ct)
    {
        switch (e.Status)
        {
            case "past_due" when plan.Status == SubscriptionStatus.Active:
                plan.MarkPastDue();
                break;
            case "unpaid":
                if (plan.Status == SubscriptionStatus.Active) plan.MarkPastDue();
                if (plan.Status == SubscriptionStatus.PastDue) plan.MarkUnpaid();
                break;
            case "canceled":
                plan.ReturnToBasic(now);
                break;
            case "active" or "trialing" when plan.Status is SubscriptionStatus.PastDue or SubscriptionStatus.Unpaid && e.PeriodStart is { } s && e.PeriodEnd is { } end:
                plan.MarkPaid(s, end);
                break;
        }
        if (e.Status is "active" or "trialing" && plan.Status == SubscriptionStatus.Active && paidFor is { } wanted)
        {
            if (wanted.Tier != plan.Tier || wanted.Interval != plan.Interval) plan.ChangeTier(wanted.Tier, wanted.Interval);
            if (e.PeriodStart is { } start && e.PeriodEnd is { } periodEnd) plan.StartPeriod(start, periodEnd);
        }
        await db.SaveChangesAsync(ct);
        if (e.Status == "canceled") return;
        // A cancellation at the period's end is a scheduled return to Basic (decision 194); taken back in the portal, it goes.
        DateTimeOffset? cancelAt = e.CancelAtPeriodEnd ? e.PeriodEnd ?? plan.CurrentPeriodEnd : null;
        await db.Database.ExecuteSqlInterpolatedAsync(e.CancelAtPeriodEnd
            ? (FormattableString)$"UPDATE subscriptions SET scheduled_tier = 'basic', scheduled_interval = NULL, cancel_at = {cancelAt} WHERE id = {plan.Id}"
            : $"UPDATE subscriptions SET scheduled_tier = NULL, scheduled_interval = NULL, cancel_at = NULL WHERE id = {plan.Id} AND scheduled_tier = 'basic'", ct);
    }
}

/// <summary>
/// What a processor that bills plans reports about one (Stripe Billing's names): the event id (applied once), its
/// subscription and customer, the member named in its metadata, the price (which says tier and interval), its status, whether
/// it ends with the period, the period, and for an invoice the amount paid.
/// </summary>
public sealed record PlanEvent(
    string Id, string Processor, string Type, string? SubscriptionId, string? CustomerId = null, Guid? UserId = null, string? PriceId = null,
    string? Status = null, bool CancelAtPeriodEnd = false, DateTimeOffset? PeriodStart = null, DateTimeOffset? PeriodEnd = null, long AmountPaidCents = 0,
    string? InvoiceId = null, string? PaymentIntentId = null);

/// <summary>The plan events handled, as Stripe names them.</summary>
public static class PlanEventTypes
{
    public const string CheckoutCompleted = "checkout.session.completed";
    public const string InvoicePaid = "invoice.paid";
    public const string InvoiceFailed = "invoice.payment_failed";
    public const string SubscriptionUpdated = "customer.subscription.updated";
    public const string SubscriptionDeleted = "customer.subscription.deleted";
}
