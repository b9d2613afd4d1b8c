using ProducersAvenue.Domain.Finance.Ledger;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Seeding;

/// <summary>
/// The demo's service orders are played through the real services (decision 200): 10+ paid orders across pending, in
/// progress, delivered after a revision, completed and reviewed, cancelled and refunded, a mentoring session among them —
/// and the ledger holds.
/// </summary>
[Collection(SeededDemoCollection.Name)]
public sealed class DemoOrdersCoverEveryStep(SeededDemo demo)
{
    private readonly TestDb _db = demo.Db;

    private Task<long> CountAsync(string sql) => _db.ScalarAsync<long>(sql);

    [Fact]
    public async Task Paid_orders_sit_at_every_step_and_every_wallet_equals_its_ledger()
    {
        const string paid = "EXISTS (SELECT 1 FROM transactions t WHERE t.related_id = o.id AND t.transaction_type = 'service_purchase')";
        Assert.True(await CountAsync($"SELECT count(*) FROM orders o WHERE {paid}") >= 10);
        Assert.True(await CountAsync($"SELECT count(*) FROM orders o WHERE status = 'pending' AND {paid}") >= 1);
        Assert.True(await CountAsync($"SELECT count(*) FROM orders o WHERE status = 'in_progress' AND {paid}") >= 1);
        Assert.True(await CountAsync($"SELECT count(*) FROM orders o WHERE status = 'delivered' AND revisions_used > 0 AND {paid}") >= 1);
        Assert.True(await CountAsync($"""
            SELECT count(*) FROM orders o WHERE status = 'completed' AND {paid}
              AND EXISTS (SELECT 1 FROM reviews r WHERE r.reviewable_id = o.service_id AND r.reviewer_id = o.buyer_id)
            """) >= 1);
        Assert.True(await CountAsync($"SELECT count(*) FROM orders o WHERE status = 'refunded' AND {paid}") >= 2);
        Assert.True(await CountAsync($"SELECT count(*) FROM orders o JOIN services s ON s.id = o.service_id WHERE s.is_mentoring AND {paid}") >= 1);
        Assert.True(await CountAsync("SELECT count(*) FROM ledger_postings p JOIN transactions t ON t.id = p.transaction_id WHERE t.transaction_type = 'service_purchase' AND p.kind = 'clearing'") >= 1);

        // The demo member's sign-in shows the buyer's side: an order in progress, one waiting for her answer, one done.
        const string lena = "o.buyer_id = (SELECT user_id FROM user_profiles WHERE username = 'lena_keys')";
        Assert.True(await CountAsync($"SELECT count(*) FROM orders o WHERE {lena} AND status = 'in_progress'") >= 1);
        Assert.True(await CountAsync($"SELECT count(*) FROM orders o WHERE {lena} AND status = 'delivered'") >= 1);
        Assert.True(await CountAsync($"SELECT count(*) FROM orders o WHERE {lena} AND status = 'completed'") >= 1);

        var check = await _db.Services().Get<LedgerCheck>().RunAsync();
        Assert.True(check.Holds, check.Summary);
    }
}
