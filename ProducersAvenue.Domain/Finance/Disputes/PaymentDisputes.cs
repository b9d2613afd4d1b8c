using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Finance.Refunds;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Disputes;

/// <summary>
/// A buyer's bank disputes a card payment (decision 221), applied in the money path's unit by <see cref="PaymentEvents"/>.
/// Opened: the sale becomes disputed, so its seller's amount is held — a sale still in escrow does not clear while the
/// dispute lasts, and a cleared one stays where it is until the bank decides — and the seller and the admins are told.
/// Won: the sale is completed again (and clears as usual). Lost: the sale is given back like a refund
/// (<see cref="SaleReversal"/>, with the debt rule). The dispute is kept on its transaction (<c>metadata</c> <c>dispute_*</c>),
/// so events arriving in any order act once: a closing seen first settles it, and the opening that follows changes nothing.
/// </summary>
public sealed class PaymentDisputes(SaleReversal reversal, INotifier notifier, TimeProvider clock)
{
    public const string Open = "open";
    public const string Won = "won";
    public const string Lost = "lost";

    public async Task<Result<PaymentEventOutcome>> OpenAsync(AppDbContext db, FinancialTransaction sale, PaymentDispute dispute, CancellationToken cancellationToken)
    {
        if (StatusOf(sale) is not null) return new PaymentEventOutcome(PaymentEventEffect.Ignored);
        Record(sale, dispute, Open);
        if (sale.Status == TransactionStatus.Completed)
        {
            var disputed = sale.Dispute();
            if (!disputed.Succeeded) return disputed.FirstError!;
        }
        var title = Title(sale);
        var due = dispute.EvidenceDueBy is { } by ? $" Evidence is due by {by.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}." : "";
        var notices = new List<NotificationRequest>();
        if (sale.SellerId is { } seller)
            notices.Add(new NotificationRequest(seller, NotificationType.Order, $"A buyer disputed a payment for “{title}”",
                $"{Money.Format(sale.AmountSeller)} of the sale is held until the bank decides; if the buyer wins it is taken back.{due}", "/wallet", null, sale.RelatedId));
        foreach (var admin in await db.Database.SqlQuery<Guid>($"""SELECT platform_admins() AS "Value" """).ToListAsync(cancellationToken))
            notices.Add(new NotificationRequest(admin, NotificationType.System, $"New dispute: {Money.Format(dispute.AmountCents)} for “{title}”",
                $"Reason: {ReasonWords(dispute.Reason)}.{(sale.Status == TransactionStatus.Refunded ? " The payment was already refunded: send the refund as evidence." : "")}{due}",
                "/admin/disputes", null, sale.Id));
        await notifier.NotifyManyAsync(notices, cancellationToken);
        return new PaymentEventOutcome(PaymentEventEffect.Disputed);
    }

    public async Task<Result<PaymentEventOutcome>> CloseAsync(AppDbContext db, FinancialTransaction sale, PaymentDispute dispute, CancellationToken cancellationToken)
    {
        if (StatusOf(sale) is Won or Lost) return new PaymentEventOutcome(PaymentEventEffect.Ignored);
        // Stripe closes an inquiry that never became a chargeback as warning_closed: the payment stands, as when won.
        var lost = dispute.Status == Lost;
        Record(sale, dispute, lost ? Lost : Won);
        sale.Note("dispute_closed_at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        var title = Title(sale);
        if (!lost)
        {
            if (sale.Status == TransactionStatus.Disputed)
            {
                var won = sale.WinDispute();
                if (!won.Succeeded) return won.FirstError!;
            }
            if (sale.SellerId is { } seller)
                await notifier.NotifyAsync(new NotificationRequest(seller, NotificationType.Order, $"You won the dispute about “{title}”",
                    "The sale stands; its amount clears as usual.", "/wallet", null, sale.RelatedId), cancellationToken);
            return new PaymentEventOutcome(PaymentEventEffect.DisputeWon);
        }
        if (!SaleReversal.IsReversible(sale)) return new PaymentEventOutcome(PaymentEventEffect.Ignored);
        var reversed = await reversal.ReverseAsync(db, sale, ReversalCause.DisputeLost, cancellationToken);
        return reversed.Succeeded ? new PaymentEventOutcome(PaymentEventEffect.Reversed) : reversed.FirstError!;
    }

    /// <summary>The dispute's status noted on the payment (open, won, lost), or null when none was ever opened.</summary>
    public static string? StatusOf(FinancialTransaction sale) => sale.Noted("dispute_status");

    /// <summary>The bank's reason in words.</summary>
    public static string ReasonWords(string? reason) => reason switch
    {
        "fraudulent" => "the cardholder did not authorise it",
        "product_not_received" => "product not received",
        "product_unacceptable" => "product not as described",
        "duplicate" => "charged twice",
        "subscription_canceled" => "subscription cancelled",
        "credit_not_processed" => "refund not processed",
        null or "" => "not given",
        _ => reason.Replace('_', ' '),
    };

    private void Record(FinancialTransaction sale, PaymentDispute dispute, string status)
    {
        if (sale.Noted("dispute_id") is null)
        {
            sale.Note("dispute_id", dispute.Id);
            sale.Note("dispute_opened_at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        }
        sale.Note("dispute_status", status);
        sale.Note("dispute_amount", dispute.AmountCents.ToString(CultureInfo.InvariantCulture));
        sale.Note("dispute_reason", dispute.Reason ?? "");
        if (dispute.EvidenceDueBy is { } due) sale.Note("dispute_evidence_due_by", due.ToString("O", CultureInfo.InvariantCulture));
    }

    private static string Title(FinancialTransaction sale) =>
        sale.Noted("product_title") ?? "a payment";
}
