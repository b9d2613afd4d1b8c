using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Payments.Stripe;
using ProducersAvenue.Domain.Persistence;
using Stripe;

namespace ProducersAvenue.Domain.Finance.Payouts.Connect;

/// <summary>
/// Stripe's Connect events (decision 216), each applied once — its id recorded in <c>payment_events</c> in the same unit as
/// its effect — and in any order: <c>account.updated</c> re-reads the account from Stripe, so an older event arriving late
/// still writes the account's current state to <c>stripe_account_status</c> and <c>payouts_enabled</c>;
/// <c>payout.paid</c> / <c>payout.failed</c> on a connected account complete or fail our payout named in the metadata through
/// <see cref="PayoutProcessing"/>, which acts only on a payout still in flight.
/// </summary>
public sealed class StripeConnectEvents(
    [FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork money, IStripeConnect connect, PayoutProcessing processing, TimeProvider clock)
{
    public const string AccountUpdated = "account.updated";

    /// <summary>Applies a Connect event; null when <paramref name="stripeEvent"/> is not one.</summary>
    public async Task<StripeWebhookOutcome?> TryApplyAsync(Event stripeEvent, CancellationToken cancellationToken = default)
    {
        Result applied;
        switch (stripeEvent.Data.Object)
        {
            case Account account when stripeEvent.Type == AccountUpdated:
                // A repeat asks Stripe nothing; a first delivery re-reads the account (recording the id happens with the write).
                if (await money.RunAsync((db, ct) => db.Database.SqlQuery<int>(
                        $"SELECT 1 AS \"Value\" FROM payment_events WHERE id = {stripeEvent.Id}").AnyAsync(ct), cancellationToken))
                    return StripeWebhookOutcome.Applied;
                var current = await connect.ReadAccountAsync(account.Id, cancellationToken);
                if (!current.Succeeded) return StripeWebhookOutcome.Failed;
                applied = await ApplyAccountAsync(stripeEvent.Id, account.Id, current.Value, cancellationToken);
                break;
            case global::Stripe.Payout payout when stripeEvent.Type is PayoutProcessing.Paid or PayoutProcessing.Failed:
                if (payout.Metadata?.TryGetValue("payout_id", out var id) != true || !Guid.TryParse(id, out var payoutId)) return StripeWebhookOutcome.Ignored;
                applied = await processing.ApplyAsync(stripeEvent.Id, StripePaymentProcessor.ProcessorName, stripeEvent.Type, payoutId, payout.Id,
                    payout.FailureMessage ?? payout.FailureCode, cancellationToken);
                break;
            default:
                return null;
        }
        return applied.Succeeded ? StripeWebhookOutcome.Applied : StripeWebhookOutcome.Failed;
    }

    /// <summary>Writes a connected account's state to its wallet once per event id.</summary>
    public Task<Result> ApplyAccountAsync(string eventId, string accountId, StripeAccountStatus status, CancellationToken cancellationToken = default) =>
        money.RunAsync<Result>(async (db, ct) =>
        {
            var recorded = await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO payment_events (id, processor, type) VALUES ({eventId}, {StripePaymentProcessor.ProcessorName}, {AccountUpdated}) ON CONFLICT DO NOTHING", ct);
            if (recorded == 0) return Result.Success();
            var now = clock.GetUtcNow();
            var text = EnumText<StripeAccountStatus>.ToText(status);
            var members = await db.Database.SqlQuery<Guid>($"""
                UPDATE wallets SET stripe_account_status = {text}, updated_at = {now} WHERE stripe_account_id = {accountId} RETURNING user_id AS "Value"
                """).ToListAsync(ct);
            foreach (var member in members) await WalletPayoutsEnabled.RefreshAsync(db, member, now, ct);
            return Result.Success();
        }, cancellationToken);
}
