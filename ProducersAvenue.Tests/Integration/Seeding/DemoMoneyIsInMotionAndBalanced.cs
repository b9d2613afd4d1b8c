using ProducersAvenue.Domain.Finance.Ledger;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Seeding;

/// <summary>
/// The demo's money is made through the real services (decision 190): card and wallet sales (an exclusive and a
/// name-your-price one among them), balances pending and available, a payout paid and one waiting — and the ledger holds.
/// </summary>
[Collection(SeededDemoCollection.Name)]
public sealed class DemoMoneyIsInMotionAndBalanced(SeededDemo demo)
{
    private readonly TestDb _db = demo.Db;

    [Fact]
    public async Task Sales_balances_and_payouts_are_all_there_and_every_wallet_equals_its_ledger()
    {
        Assert.True(await _db.ScalarAsync<long>("SELECT count(*) FROM transactions WHERE status = 'completed' AND payment_processor = 'stripe'") >= 10);
        Assert.True(await _db.ScalarAsync<long>("SELECT count(*) FROM transactions WHERE status = 'completed' AND payment_processor = 'wallet'") >= 1);
        Assert.True(await _db.ScalarAsync<long>("""
            SELECT count(*) FROM transactions t JOIN products p ON p.id = t.related_id WHERE t.status = 'completed' AND p.allow_name_your_price
            """) >= 1);
        Assert.True(await _db.ScalarAsync<long>("SELECT count(*) FROM product_acquisitions WHERE license_type = 'exclusive' AND source = 'purchase'") >= 1);
        Assert.True(await _db.ScalarAsync<long>("SELECT count(*) FROM wallets WHERE balance_pending > 0") >= 2);
        Assert.True(await _db.ScalarAsync<long>("SELECT count(*) FROM wallets WHERE balance_available > 0") >= 2);
        // The newest sale refunded inside its hold, and a cleared one refunded late, which leaves its seller a debt (decision 220).
        Assert.Equal(2L, await _db.ScalarAsync<long>("SELECT count(*) FROM transactions WHERE status = 'refunded' AND transaction_type = 'product_purchase'"));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM wallets WHERE debt_cents > 0"));
        // A sale disputed and still open (decision 221).
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM transactions WHERE status = 'disputed' AND metadata ->> 'dispute_status' = 'open'"));
        Assert.Equal(3L, await _db.ScalarAsync<long>("SELECT count(DISTINCT tier) FROM subscriptions WHERE tier <> 'basic' AND current_period_end > now()"));
        Assert.Equal(2L, await _db.ScalarAsync<long>("SELECT count(DISTINCT interval) FROM subscriptions WHERE tier <> 'basic'"));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM user_profiles WHERE is_partner_account"));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM payouts WHERE status = 'completed'"));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM payouts WHERE status = 'pending'"));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM payouts WHERE status = 'completed' AND payout_method = 'paypal' AND paypal_batch_id IS NOT NULL"));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM wallets WHERE paypal_verified AND payouts_enabled"));

        var check = await _db.Services().Get<LedgerCheck>().RunAsync();
        Assert.True(check.Holds, check.Summary);
    }
}
