using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Jobs;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Plans;

/// <summary>
/// Plans whose period ended (decision 194): a scheduled return to Basic (a cancellation or a downgrade to it) happens, and so
/// does a partner account's paid plan — partners have Ultimate free, so the platform never charges them for a plan again
/// (decision 246; a plan Stripe bills the partner cancels in Stripe's portal); any other plan renews — at the scheduled lower tier if there is one — with a payment through the same events a processor
/// sends. In the sandbox the card on file pays — unless the plan was last paid with the test card whose renewals fail
/// (<see cref="SandboxCards.RenewalsFail"/>): then the renewal is declined and the plan goes past due, as with Stripe; with Stripe, Billing renews and its invoice events arrive by webhook,
/// so only the returns to Basic run here.
/// </summary>
public sealed class PlanPeriods(
    [FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork money, PaymentEvents events, PlanBilling billing, IPaymentProcessor processor, SellerEarnings earnings,
    IOptions<PlanOptions> options, TimeProvider clock)
{
    public async Task<int> ApplyDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var due = await money.RunAsync((db, ct) => db.Database.SqlQuery<DuePlan>($"""
            SELECT s.id, s.user_id, s.tier, s.interval, s.current_period_end, s.scheduled_tier, s.scheduled_interval,
                   sp.is_partner_account AND s.stripe_subscription_id IS NULL AS partner_billed_here
            FROM subscriptions s CROSS JOIN LATERAL seller_plan(s.user_id) sp
            WHERE s.current_period_end <= {now} AND s.tier <> 'basic' AND s.status = 'active'
            ORDER BY s.current_period_end
            LIMIT 500
            """).ToListAsync(ct), cancellationToken);
        var applied = 0;
        foreach (var plan in due)
        {
            if (plan.ScheduledTier == "basic" || plan.PartnerBilledHere)
            {
                await money.RunAsync(async (db, ct) =>
                {
                    var row = await db.Subscriptions.FirstAsync(s => s.Id == plan.Id, ct);
                    row.ReturnToBasic(now);
                    await db.SaveChangesAsync(ct);
                    await db.Database.ExecuteSqlInterpolatedAsync(
                        $"UPDATE subscriptions SET scheduled_tier = NULL, scheduled_interval = NULL WHERE id = {plan.Id}", ct);
                }, cancellationToken);
                applied++;
                continue;
            }
            if (processor.Name != SandboxPaymentProcessor.ProcessorName) continue;
            var tier = EnumText<SubscriptionTier>.FromText(plan.ScheduledTier ?? plan.Tier);
            var interval = EnumText<BillingInterval>.FromText(plan.ScheduledInterval ?? plan.Interval!);
            if (await RenewAsync(plan, tier, interval, cancellationToken)) applied++;
        }
        return applied;
    }

    private async Task<bool> RenewAsync(DuePlan plan, SubscriptionTier tier, BillingInterval interval, CancellationToken cancellationToken)
    {
        var amount = options.Value.PriceCents(tier, interval);
        var fee = earnings.For(amount, PaymentMethod.Card, 0m).ProcessorFeeCents;
        var started = FinancialTransaction.Start(plan.UserId, null, TransactionType.SubscriptionPayment, plan.Id, checked((int)amount), checked((int)fee),
            checked((int)(amount - fee)), null, null, PaymentProcessor.Stripe, PaymentMethod.Card);
        if (!started.Succeeded) return false;
        var payment = started.Value!;
        payment.Note("product_title", $"{PlanNames.Of(tier)} plan, {PlanNames.Of(interval)} (renewal)");
        payment.Note("tier", EnumText<SubscriptionTier>.ToText(tier));
        payment.Note("interval", EnumText<BillingInterval>.ToText(interval));
        await money.RunAsync(async (db, ct) =>
        {
            db.Transactions.Add(payment);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
        // One renewal per plan and period end: the event id makes a second run (or a second instance) change nothing.
        var eventId = $"evt_sbx_renewal_{plan.Id:N}_{plan.CurrentPeriodEnd.ToUnixTimeSeconds()}";
        if (await CardOnFileDeclinesAsync(plan, cancellationToken))
        {
            // Declined, and no one is on a page to try another card: the renewal closes uncharged (a fix is a new payment).
            await events.ApplyAsync(new PaymentEvent(eventId, SandboxPaymentProcessor.ProcessorName, PaymentEventTypes.PaymentFailed, payment.Id,
                FailureMessage: "card_declined"), cancellationToken);
            await events.ApplyAsync(new PaymentEvent($"{eventId}_closed", SandboxPaymentProcessor.ProcessorName, PaymentEventTypes.CheckoutExpired,
                payment.Id), cancellationToken);
            await money.RunAsync(async (db, ct) =>
            {
                var row = await db.Subscriptions.FirstAsync(s => s.Id == plan.Id, ct);
                if (row.Status == SubscriptionStatus.Active) await billing.RenewalFailedAsync(row, ct);
                await db.SaveChangesAsync(ct);
            }, cancellationToken);
            return false;
        }
        var paid = await events.ApplyAsync(new PaymentEvent(eventId, SandboxPaymentProcessor.ProcessorName, PaymentEventTypes.PaymentSucceeded,
            payment.Id, $"pi_sbx_{payment.Id:N}"), cancellationToken);
        return paid is { Succeeded: true, Value.Effect: PaymentEventEffect.Completed };
    }

    /// <summary>Whether the plan's last payment was made with the sandbox card whose renewals are declined.</summary>
    private Task<bool> CardOnFileDeclinesAsync(DuePlan plan, CancellationToken cancellationToken)
    {
        var pattern = SandboxCards.RenewalsFailChargePrefix + "%";
        return money.RunAsync((db, ct) => db.Database.SqlQuery<bool>($"""
            SELECT coalesce((SELECT t.stripe_charge_id LIKE {pattern} FROM transactions t
                             WHERE t.related_id = {plan.Id} AND t.transaction_type = 'subscription_payment' AND t.status = 'completed'
                             ORDER BY t.completed_at DESC LIMIT 1), false) AS "Value"
            """).SingleAsync(ct), cancellationToken);
    }

    private sealed record DuePlan(Guid Id, Guid UserId, string Tier, string? Interval, DateTimeOffset CurrentPeriodEnd, string? ScheduledTier,
        string? ScheduledInterval, bool PartnerBilledHere);
}

/// <summary>Looks at ended plan periods on <c>Plans:PeriodsCron</c>.</summary>
public sealed class PlanPeriodsJob(PlanPeriods periods, IOptions<PlanOptions> options) : IRecurringJob
{
    public string Id => "plan-periods";
    public string Cron => options.Value.PeriodsCron;
    public Task RunAsync(CancellationToken cancellationToken) => periods.ApplyDueAsync(cancellationToken);
}
