using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Payouts;

/// <summary>
/// The one rule for <c>wallets.payouts_enabled</c> (product rules, "Money"): a Stripe Connect account whose status is
/// enabled, or a verified PayPal email. Every change of a payout method runs it in the same money-path unit.
/// </summary>
public static class WalletPayoutsEnabled
{
    public static Task<int> RefreshAsync(AppDbContext db, Guid userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE wallets SET payouts_enabled = (coalesce(stripe_account_status, '') = 'enabled' OR paypal_verified), updated_at = {now}
            WHERE user_id = {userId}
            """, cancellationToken);
}
