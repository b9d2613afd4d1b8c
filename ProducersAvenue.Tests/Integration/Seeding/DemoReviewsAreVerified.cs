using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Seeding;

/// <summary>
/// The demo's reviews are honestly verified: every product review has the reviewer's acquisition behind it, every service
/// review a completed order; sellers responded to some, members marked some helpful, and the listings' counts follow.
/// </summary>
[Collection(SeededDemoCollection.Name)]
public sealed class DemoReviewsAreVerified(SeededDemo demo)
{
    private readonly TestDb _db = demo.Db;

    [Fact]
    public async Task Every_demo_review_stands_on_an_acquisition_or_a_completed_order()
    {
        Assert.True(await _db.ScalarAsync<long>("SELECT count(DISTINCT reviewable_id) FROM reviews WHERE reviewable_type = 'product'") >= 3);
        Assert.True(await _db.ScalarAsync<long>("SELECT count(DISTINCT reviewable_id) FROM reviews WHERE reviewable_type = 'service'") >= 3);
        Assert.Equal(0L, await _db.ScalarAsync<long>("""
            SELECT count(*) FROM reviews r
            WHERE NOT r.is_verified_purchase OR r.reviewer_id = r.seller_id
               OR (r.reviewable_type = 'product' AND NOT EXISTS (SELECT 1 FROM product_acquisitions a
                     WHERE a.product_id = r.reviewable_id AND a.buyer_id = r.reviewer_id AND a.revoked_at IS NULL))
               OR (r.reviewable_type = 'service' AND NOT EXISTS (SELECT 1 FROM orders o
                     WHERE o.service_id = r.reviewable_id AND o.buyer_id = r.reviewer_id AND o.status = 'completed'))
            """));
    }

    [Fact]
    public async Task Some_demo_reviews_have_responses_and_helpful_marks_and_the_counts_agree()
    {
        Assert.True(await _db.ScalarAsync<long>("SELECT count(*) FROM reviews WHERE seller_response IS NOT NULL") >= 2);
        Assert.True(await _db.ScalarAsync<long>("SELECT count(*) FROM review_helpful_marks") >= 3);
        Assert.Equal(0L, await _db.ScalarAsync<long>("""
            SELECT count(*) FROM reviews r
            WHERE r.helpful_count <> (SELECT count(*) FROM review_helpful_marks m WHERE m.review_id = r.id)
               OR EXISTS (SELECT 1 FROM review_helpful_marks m WHERE m.review_id = r.id AND m.user_id = r.reviewer_id)
            """));
        Assert.Equal(0L, await _db.ScalarAsync<long>("""
            SELECT count(*) FROM products p
            WHERE p.reviews_count <> (SELECT count(*) FROM reviews r WHERE r.reviewable_type = 'product' AND r.reviewable_id = p.id)
            """));
    }
}
