using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Seeding;

/// <summary>
/// Every order in the demo went through the order flow a member's order goes through (decision 297): it was paid through
/// the sandbox, its money is in balanced ledger postings, its timeline tells its steps, and its package is one its service
/// sells. The completed orders behind the demo's service reviews were written straight into <c>orders</c> (no payment, no
/// postings, an empty timeline, a "Basic" package a mentoring service did not have).
/// </summary>
[Collection(SeededDemoCollection.Name)]
public sealed class EverySeededOrderWentThroughTheOrderFlow(SeededDemo demo)
{
    private readonly TestDb _db = demo.Db;

    private Task<List<string>> OrdersWhereAsync(string condition) => _db.ListAsync<string>($"""
        SELECT s.title || ' · ' || o.package_name || ' · ' || o.status FROM orders o JOIN services s ON s.id = o.service_id
        WHERE {condition} ORDER BY o.created_at
        """);

    [Fact]
    public async Task Every_seeded_order_was_paid_posted_and_timed_and_its_package_is_on_its_service()
    {
        Assert.True(await _db.ScalarAsync<long>("SELECT count(*) FROM orders WHERE status = 'completed'") >= 8);

        Assert.Empty(await OrdersWhereAsync("""
            NOT EXISTS (SELECT 1 FROM transactions t WHERE t.related_id = o.id AND t.transaction_type = 'service_purchase'
                          AND t.status IN ('completed', 'refunded', 'disputed') AND t.amount_total = round(o.package_price * 100))
            """));
        Assert.Empty(await OrdersWhereAsync("""
            NOT EXISTS (SELECT 1 FROM ledger_postings p JOIN transactions t ON t.id = p.transaction_id WHERE t.related_id = o.id AND p.kind = 'sale')
            """));
        Assert.Empty(await OrdersWhereAsync("""
            EXISTS (SELECT 1 FROM ledger_postings p JOIN transactions t ON t.id = p.transaction_id WHERE t.related_id = o.id
                      AND (SELECT coalesce(sum(e.amount), 1) FROM ledger_entries e WHERE e.posting_id = p.id) <> 0)
            """));
        Assert.Empty(await OrdersWhereAsync("NOT EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id AND e.kind = 'placed')"));
        Assert.Empty(await OrdersWhereAsync("""
            o.status = 'completed' AND NOT (
                  EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id AND e.kind = 'delivered')
              AND EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id AND e.kind IN ('accepted', 'auto_completed')))
            """));
        Assert.Empty(await OrdersWhereAsync("""
            NOT EXISTS (SELECT 1 FROM jsonb_array_elements(s.packages) p
                        WHERE p ->> 'name' = o.package_name AND (p ->> 'price')::numeric = o.package_price)
            """));
    }

    [Fact]
    public async Task Every_service_review_stands_on_a_completed_order_that_went_through_the_flow()
    {
        Assert.True(await _db.ScalarAsync<long>("SELECT count(DISTINCT reviewable_id) FROM reviews WHERE reviewable_type = 'service'") >= 3);
        Assert.Equal(0L, await _db.ScalarAsync<long>("""
            SELECT count(*) FROM reviews r
            WHERE r.reviewable_type = 'service' AND NOT EXISTS (
                SELECT 1 FROM orders o JOIN transactions t ON t.related_id = o.id AND t.transaction_type = 'service_purchase'
                WHERE o.service_id = r.reviewable_id AND o.buyer_id = r.reviewer_id AND o.status = 'completed' AND o.completed_at <= r.created_at)
            """));
    }
}
