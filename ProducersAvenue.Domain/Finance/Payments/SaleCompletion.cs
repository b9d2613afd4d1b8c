using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Ledger;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Notifications.Email;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Payments;

/// <summary>
/// A paid product sale, finished in the money path's unit of work (decision 190): the transaction completes, the product
/// reaches the buyer's library (<c>grant_purchased_product</c>), the sale is posted to the ledger (the seller's amount in
/// escrow), the wallet totals move, the seller is told and the buyer gets a receipt — all or nothing. A card payment for
/// an exclusive someone else bought first, for a product the buyer got meanwhile, for one its seller took off sale, or
/// across a block made since the checkout opened, goes back in full (<see cref="CardPaymentReturn"/>); a wallet payment for it
/// is refused.
/// </summary>
public sealed class SaleCompletion(LedgerWriter ledger, CardPaymentReturn cardReturn, INotifier notifier, IMailer mailer, IPublicPageCache pages, TimeProvider clock,
    IOptions<NotificationOptions> site)
{
    public async Task<Result<PaymentEventOutcome>> CompleteAsync(AppDbContext db, FinancialTransaction sale, string? paymentIntentId, string? chargeId,
        CancellationToken cancellationToken)
    {
        if (!UnitOfWork.IsOpen) throw new InvalidOperationException("A sale completes inside the money path's unit of work.");
        var now = clock.GetUtcNow();
        var completed = sale.Complete(now, paymentIntentId, chargeId);
        if (!completed.Succeeded) return completed.FirstError!;
        if (sale.SellerId is { } sellerId && await PaymentParties.BlockedAsync(db, sale.BuyerId, sellerId, cancellationToken))
        {
            // A block made after the checkout opened (decision 136): no sale across it; a card payment goes back in full.
            if (sale.PaymentProcessor == PaymentProcessor.Wallet) return FinanceErrors.Blocked;
            var title = sale.Noted("product_title") ?? "a product";
            return await cardReturn.GiveBackAsync(db, sale, "blocked", FinanceErrors.Blocked, $"“{title}”",
                new NotificationRequest(sale.BuyerId, NotificationType.Order, $"Your payment for “{title}” is refunded",
                    "You can no longer buy from this seller, so the full amount goes back to your card.", "/library", null, sale.RelatedId), cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);

        var grant = await db.Database.SqlQuery<GrantRow>($"SELECT * FROM grant_purchased_product({sale.Id})").SingleAsync(cancellationToken);
        if (grant.Outcome is "taken" or "owned" or "withdrawn")
        {
            // Paid for what cannot be granted: an exclusive another buyer got first, a product this buyer got meanwhile (a
            // checkout in a second tab, paid as well), or one its seller took off sale after the checkout opened (decision
            // 247). A wallet payment is refused; a card payment goes back in full.
            var (why, reason, text) = grant.Outcome switch
            {
                "owned" => (FinanceErrors.AlreadyOwned, "already_owned",
                    "You already own it (another checkout of yours was paid first), so this payment goes back to your card in full."),
                "taken" => (FinanceErrors.ExclusiveSold, "exclusive_sold", "Someone else bought the exclusive licence first, so the full amount goes back to your card."),
                _ => (FinanceErrors.ProductNotForSale, "withdrawn", "The seller took it off sale before your payment went through, so the full amount goes back to your card."),
            };
            if (sale.PaymentProcessor == PaymentProcessor.Wallet) return why;
            return await cardReturn.GiveBackAsync(db, sale, reason, why, $"“{grant.ProductTitle}”",
                new NotificationRequest(sale.BuyerId, NotificationType.Order, $"Your payment for “{grant.ProductTitle}” is refunded", text, "/library", null,
                    sale.RelatedId), cancellationToken);
        }
        if (grant.Outcome is not ("granted" or "already_granted") || grant.Reference is null || sale.SellerId is not { } seller)
            throw new InvalidOperationException($"Transaction {sale.Id} is not a product sale ({grant.Outcome}).");

        // A sale changes the listing's count (and an exclusive leaves the market): cached public pages go (decision 121).
        UnitOfWork.AfterCommit(pages.Evict);
        var posting = LedgerPosting.Sale(sale.Id, sale.BuyerId, seller, sale.PaymentProcessor, sale.AmountTotal, sale.AmountFees,
            sale.AmountCommission, sale.AmountSeller, $"Sale of “{grant.ProductTitle}” ({grant.Reference})");
        var posted = await ledger.PostAsync(db, posting, cancellationToken);
        if (!posted.Succeeded) return posted.FirstError!;
        if (posted.Value == PostingOutcome.AlreadyPosted) return new PaymentEventOutcome(PaymentEventEffect.Completed, grant.Reference);

        var byCard = sale.PaymentProcessor == PaymentProcessor.Stripe ? sale.AmountSeller : 0;
        var byPaypal = sale.PaymentProcessor == PaymentProcessor.Paypal ? sale.AmountSeller : 0;
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE wallets SET total_earned = total_earned + {sale.AmountSeller}, total_earned_stripe = total_earned_stripe + {byCard},
                               total_earned_paypal = total_earned_paypal + {byPaypal}, updated_at = {now}
            WHERE user_id = {seller}
            """, cancellationToken);
        if (sale.PaymentProcessor == PaymentProcessor.Wallet)
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE wallets SET total_spent_on_platform = total_spent_on_platform + {sale.AmountTotal}, updated_at = {now} WHERE user_id = {sale.BuyerId}",
                cancellationToken);

        var buyer = grant.BuyerUsername is { } name ? $"@{name}" : "A member";
        await notifier.NotifyAsync(new NotificationRequest(seller, NotificationType.Order,
            $"{buyer} bought “{grant.ProductTitle}” for {Money.Format(sale.AmountTotal)}",
            $"You receive {Money.Format(sale.AmountSeller)}; it is pending in your wallet until the hold ends.", "/wallet", sale.BuyerId, sale.RelatedId),
            cancellationToken);
        if (grant.BuyerEmail is { Length: > 0 } email)
            await mailer.SendAsync(email, $"Your receipt for {grant.ProductTitle}", Receipt(sale, grant), cancellationToken);
        return new PaymentEventOutcome(PaymentEventEffect.Completed, grant.Reference);
    }

    private string Receipt(FinancialTransaction sale, GrantRow grant)
    {
        var title = WebUtility.HtmlEncode(grant.ProductTitle);
        // A mail client has no site to resolve a path against: the link is whole.
        var library = $"{site.Value.PublicBaseUrl.TrimEnd('/')}/library/{grant.Reference}";
        var paidWith = sale.PaymentProcessor == PaymentProcessor.Wallet ? "Your wallet balance" : "Card";
        return $"""
            <p>Thank you for your purchase.</p>
            <table>
              <tr><td>Product</td><td>{title}</td></tr>
              <tr><td>Amount</td><td>{Money.Format(sale.AmountTotal)}</td></tr>
              <tr><td>Date</td><td>{Plans.PlanNames.Date(sale.CompletedAt ?? clock.GetUtcNow())} (UTC)</td></tr>
              <tr><td>Paid with</td><td>{paidWith}</td></tr>
              <tr><td>Payment number</td><td>{sale.Id}</td></tr>
              <tr><td>Licence reference</td><td>{grant.Reference}</td></tr>
            </table>
            <p>Your files and your licence are in your library: <a href="{library}">{library}</a>.</p>
            """;
    }

    private sealed record GrantRow(string Outcome, string? Reference, string? ProductTitle, string? BuyerUsername, string? BuyerEmail);
}
