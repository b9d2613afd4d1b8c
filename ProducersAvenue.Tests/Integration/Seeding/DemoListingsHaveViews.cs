using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Seeding;

/// <summary>
/// The demo's listings on sale have been viewed, unevenly, over the last days — one view per member per day, never by
/// their seller — and each listing's count is its rows.
/// </summary>
[Collection(SeededDemoCollection.Name)]
public sealed class DemoListingsHaveViews(SeededDemo demo)
{
    private readonly TestDb _db = demo.Db;

    [Fact]
    public async Task Listings_on_sale_are_viewed_unevenly_and_their_counts_are_their_rows()
    {
        Assert.Equal(0L, await _db.ScalarAsync<long>(
            "SELECT count(*) FROM products WHERE status = 'active' AND is_approved AND views_count = 0"));
        Assert.True(await _db.ScalarAsync<long>("SELECT count(DISTINCT views_count) FROM products WHERE views_count > 0") >= 5);
        Assert.Equal(0L, await _db.ScalarAsync<long>("""
            SELECT count(*) FROM products p
            WHERE p.views_count <> (SELECT count(*) FROM product_views v WHERE v.product_id = p.id)
               OR EXISTS (SELECT 1 FROM product_views v WHERE v.product_id = p.id AND v.viewer_id = p.seller_id)
            """));
    }

    [Fact]
    public async Task Services_on_sale_are_viewed_too_and_their_counts_are_their_rows()
    {
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM services WHERE status = 'active' AND views_count = 0"));
        Assert.True(await _db.ScalarAsync<long>("SELECT count(DISTINCT views_count) FROM services WHERE views_count > 0") >= 3);
        Assert.Equal(0L, await _db.ScalarAsync<long>("""
            SELECT count(*) FROM services s
            WHERE s.views_count <> (SELECT count(*) FROM service_views v WHERE v.service_id = s.id)
               OR EXISTS (SELECT 1 FROM service_views v WHERE v.service_id = s.id AND v.viewer_id = s.seller_id)
            """));
    }
}
