using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Checkout;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Finance.Payouts;
using ProducersAvenue.Domain.Finance.Payouts.Connect;
using ProducersAvenue.Domain.Finance.Payouts.Paypal;
using ProducersAvenue.Domain.Finance.Plans;
using ProducersAvenue.Domain.Finance.Refunds;
using ProducersAvenue.Domain.Finance.Wallets;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// The demo community's money in motion, made through the real checkout, sandbox, clearing and payout services at moments
/// over the last month (<see cref="DemoStage"/>): a dozen card sales (an exclusive and a name-your-price one among them),
/// some cleared and some still pending with their release dates, a refund, purchases paid from wallets, a payout paid (to a
/// seller's verified PayPal email) and one waiting in the admin queue (to a Stripe account), an open dispute, and a seller who
/// owes the platform after a late refund. Every cent goes through the ledger, so <c>ledger-check</c> passes on the demo.
/// </summary>
public static class DemoMoney
{
    private static readonly int[] CardSaleDaysAgo = [29, 26, 23, 20, 17, 14, 12, 10, 9, 6, 4, 2, 1];

    public static async Task SeedAsync(DemoStage stage, AppDbContext owner, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var products = await owner.Products.AsNoTracking()
            .Where(p => !p.IsFree && p.Status == ListingStatus.Active && p.IsApproved)
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .Select(p => new DemoListing(p.Id, p.SellerId, p.Price, p.AllowNameYourPrice, p.MinimumPrice, p.LicenseType))
            .ToListAsync(cancellationToken);
        var members = await owner.UserProfiles.AsNoTracking().OrderBy(p => p.CreatedAt).ThenBy(p => p.UserId)
            .Select(p => new { p.UserId, p.Role }).ToListAsync(cancellationToken);
        var admin = members.FirstOrDefault(m => m.Role == UserRole.Admin)?.UserId;
        var buyers = members.Where(m => m.Role == UserRole.Member).Select(m => m.UserId).ToList();
        if (products.Count == 0 || buyers.Count < 3) return;

        // Plans: subscribers on every paid tier, monthly and yearly, who paid through the sandbox; and a partner account.
        var subscribers = products.Select(p => p.Seller).Distinct().Take(PlanChoices.Length + 1).ToList();
        for (var i = 0; i < Math.Min(PlanChoices.Length, subscribers.Count); i++)
        {
            var (tier, interval, daysAgo, card) = PlanChoices[i];
            await SubscribeAsync(stage, subscribers[i], tier, interval, now.AddDays(-daysAgo), card, cancellationToken);
        }
        if (subscribers.Count > PlanChoices.Length && admin is { } granter)
        {
            var partner = await owner.UserProfiles.AsNoTracking().Where(p => p.UserId == subscribers[PlanChoices.Length]).Select(p => p.Username)
                .FirstAsync(cancellationToken);
            await stage.AsAsync(granter, UserRole.Admin, now.AddDays(-40), sp => sp.GetRequiredService<PartnerAccounts>().SetAsync(partner, true, cancellationToken));
        }

        // A plan whose month ended renews (or, on the declining card, goes past due), as the plan-periods job does.
        await stage.AsAsync<int>(null, UserRole.Member, now, sp => sp.GetRequiredService<PlanPeriods>().ApplyDueAsync(cancellationToken));

        // Card sales over the last month: both exclusives-for-sale first (the big earners), then a mix with a name-your-price one.
        var exclusives = products.Where(p => p.License == LicenseType.Exclusive).Take(2).ToList();
        var others = products.Except(exclusives).Take(CardSaleDaysAgo.Length - exclusives.Count).ToList();
        var sold = exclusives.Concat(others).ToList();
        for (var i = 0; i < sold.Count; i++)
        {
            var product = sold[i];
            var buyer = buyers.Where(b => b != product.Seller).ElementAt((i * 7 + 3) % (buyers.Count - 1));
            var at = now.AddDays(-CardSaleDaysAgo[i]).AddHours(-i);
            var amount = product.NameYourPrice ? ((product.Minimum ?? product.Price) + 5m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : null;
            await BuyByCardAsync(stage, buyer, product.Id, amount, at);
        }

        // An admin refunds the newest card sale (inside its hold).
        var newest = await owner.Transactions.AsNoTracking()
            .Where(t => t.Status == TransactionStatus.Completed && t.TransactionType == TransactionType.ProductPurchase)
            .OrderByDescending(t => t.CompletedAt).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
        if (newest is { } refunded && admin is { } refunder)
            await stage.AsAsync(refunder, UserRole.Admin, now.AddHours(-6), sp => sp.GetRequiredService<RefundService>().RefundAsync(refunded, cancellationToken));

        // The holds that ended are released, as the clearing job does.
        await stage.AsAsync<int>(null, UserRole.Member, now, sp => sp.GetRequiredService<WalletClearing>().ReleaseDueAsync(cancellationToken));

        // Sellers with money available spend some of it here, from their wallets.
        var earners = await AvailableAsync(owner, cancellationToken);
        foreach (var (earner, available) in earners.Take(2))
        {
            var pick = products.FirstOrDefault(p => p.Seller != earner && p.License != LicenseType.Exclusive && Money.ToCents(p.Price) <= available / 4
                                                    && !sold.Contains(p));
            if (pick is null) continue;
            sold.Add(pick);
            await stage.AsAsync(earner, UserRole.Member, now.AddHours(-3), sp =>
                sp.GetRequiredService<CheckoutService>().StartAsync(new CheckoutCommand(pick.Id, PaymentMethod.WalletBalance), cancellationToken));
        }

        // Payouts: the biggest earner is paid; then the biggest earner left (another member if one has enough) waits in the queue.
        Guid? paid = null;
        for (var i = 0; i < 2; i++)
        {
            earners = await AvailableAsync(owner, cancellationToken);
            var candidates = earners.Where(e => e.Available >= Payout.MinimumAmountCents).ToList();
            if (candidates.Count == 0) break;
            var (payee, available) = candidates.FirstOrDefault(e => e.Member != paid) is { Member: var m } other && m != default ? other : candidates[0];
            var at = now.AddDays(i == 0 ? -2 : 0).AddHours(-1);
            var amount = (Math.Max(Payout.MinimumAmountCents, available / 2 / 100 * 100) / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
            var requested = await stage.AsAsync(payee, UserRole.Member, at, async sp =>
            {
                var payouts = sp.GetRequiredService<PayoutService>();
                if (i == 0)
                {
                    // The paid one goes to a verified PayPal email (the link it was mailed, opened), the waiting one to Stripe.
                    var paypal = sp.GetRequiredService<PaypalPayoutMethod>();
                    var email = $"payouts.{payee.ToString("N")[..8]}@paypal.example";
                    await paypal.AddAsync(email, new Uri("http://localhost:5000/"), cancellationToken);
                    await paypal.VerifyAsync(paypal.LinkToken(payee, email), cancellationToken);
                }
                else
                {
                    await payouts.ConnectAccountAsync(cancellationToken);
                    await sp.GetRequiredService<SandboxStripeOnboarding>().CompleteAsync(cancellationToken);
                }
                return await payouts.RequestAsync(amount, cancellationToken: cancellationToken);
            });
            if (i == 0 && requested.Succeeded && admin is { } approver)
                await stage.AsAsync(approver, UserRole.Admin, at.AddHours(2), sp => sp.GetRequiredService<PayoutQueue>().ApproveAsync(requested.Value, cancellationToken));
            paid = payee;
        }

        // A dispute still open: a sale paid yesterday with the card that is disputed later, and the sandbox's dispute raised.
        // Its product is one nobody bought yet (a wallet buyer above may be the disputer, who could not buy it twice).
        var disputedPick = products.FirstOrDefault(p => p.License != LicenseType.Exclusive && !sold.Contains(p));
        if (disputedPick is not null)
        {
            var disputer = buyers.First(b => b != disputedPick.Seller);
            await BuyByCardAsync(stage, disputer, disputedPick.Id, null, now.AddDays(-1), SandboxCards.Disputed);
            await stage.AsAsync<int>(null, UserRole.Member, now.AddHours(-20), sp => sp.GetRequiredService<SandboxDisputes>().RaiseDueAsync(cancellationToken));
        }

        // A seller with a small debt: a cleared sale refunded after its seller withdrew part of it (decision 220).
        var owed = await owner.Database.SqlQuery<Guid>($"""
            SELECT t.id AS "Value" FROM transactions t JOIN wallets w ON w.user_id = t.seller_id
            WHERE t.status = 'completed' AND t.transaction_type = 'product_purchase'
              AND EXISTS (SELECT 1 FROM ledger_postings p WHERE p.transaction_id = t.id AND p.kind = 'clearing')
              AND w.balance_available < t.amount_seller
            ORDER BY t.amount_seller - w.balance_available, t.id
            LIMIT 1
            """).ToListAsync(cancellationToken);
        if (owed is [var late] && admin is { } lateRefunder)
            await stage.AsAsync(lateRefunder, UserRole.Admin, now.AddHours(-1), sp => sp.GetRequiredService<RefundService>().RefundAsync(late, cancellationToken));
    }

    // The last one paid with the card whose renewals are declined: its month ended, so the renewal below fails and the
    // demo has a member whose plan is past due (the "Fix payment" banner on /wallet and /pricing).
    private static readonly (SubscriptionTier Tier, BillingInterval Interval, int DaysAgo, string Card)[] PlanChoices =
    [
        (SubscriptionTier.Premium, BillingInterval.Monthly, 35, SandboxCards.Success),
        (SubscriptionTier.Standard, BillingInterval.Monthly, 12, SandboxCards.Success),
        (SubscriptionTier.Ultimate, BillingInterval.Annual, 60, SandboxCards.Success),
        (SubscriptionTier.Premium, BillingInterval.Annual, 3, SandboxCards.Success),
        (SubscriptionTier.Standard, BillingInterval.Monthly, 33, SandboxCards.RenewalsFail),
    ];

    private static async Task SubscribeAsync(DemoStage stage, Guid member, SubscriptionTier tier, BillingInterval interval, DateTimeOffset at,
        string card, CancellationToken cancellationToken)
    {
        var started = await stage.AsAsync(member, UserRole.Member, at, sp => sp.GetRequiredService<PlanService>().UpgradeAsync(tier, interval, cancellationToken));
        if (!started.Succeeded || !started.Value!.RedirectUrl.StartsWith("/checkout/pay/", StringComparison.Ordinal)) return;
        var transaction = Guid.Parse(started.Value.RedirectUrl["/checkout/pay/".Length..]);
        await stage.AsAsync(member, UserRole.Member, at.AddMinutes(3), sp => sp.GetRequiredService<SandboxCheckout>().PayAsync(transaction, card));
    }

    private static async Task BuyByCardAsync(DemoStage stage, Guid buyer, Guid product, string? amount, DateTimeOffset at, string card = SandboxCards.Success)
    {
        var started = await stage.AsAsync(buyer, UserRole.Member, at, sp =>
            sp.GetRequiredService<CheckoutService>().StartAsync(new CheckoutCommand(product, PaymentMethod.Card, amount)));
        if (!started.Succeeded || !started.Value!.RedirectUrl.StartsWith("/checkout/pay/", StringComparison.Ordinal)) return;
        var transaction = Guid.Parse(started.Value.RedirectUrl["/checkout/pay/".Length..]);
        await stage.AsAsync(buyer, UserRole.Member, at.AddMinutes(2), sp => sp.GetRequiredService<SandboxCheckout>().PayAsync(transaction, card));
    }

    private static async Task<List<(Guid Member, int Available)>> AvailableAsync(AppDbContext owner, CancellationToken cancellationToken) =>
        [.. (await owner.Wallets.AsNoTracking().Where(w => w.BalanceAvailable > 0).OrderByDescending(w => w.BalanceAvailable).ThenBy(w => w.UserId)
            .Select(w => new { w.UserId, w.BalanceAvailable }).ToListAsync(cancellationToken)).Select(w => (w.UserId, w.BalanceAvailable))];

    private sealed record DemoListing(Guid Id, Guid Seller, decimal Price, bool NameYourPrice, decimal? Minimum, LicenseType License);
}
