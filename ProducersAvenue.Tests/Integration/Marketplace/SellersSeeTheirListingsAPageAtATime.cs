using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>
/// A seller with hundreds of beats sees the newest-changed 50 on <c>/sell</c> and "Show more" grows the list; deleted
/// listings and other sellers' never appear.
/// </summary>
public sealed class SellersSeeTheirListingsAPageAtATime : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _seller;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("many_beats");
        var other = await _db.CreateUserAsync("other_seller");
        await _db.ScalarAsync<int>("""
            INSERT INTO products (seller_id, title, slug, price, is_free, license_type, genre_tags, tags, status, is_approved, updated_at)
            SELECT $1, 'Beat ' || g, 'beat-' || g, 10, false, 'personal', '{}'::text[], '{}'::text[], CASE WHEN g % 10 = 0 THEN 'paused' ELSE 'active' END, true,
                   now() - g * interval '1 minute'
            FROM generate_series(1, 60) g
            UNION ALL
            SELECT $1, 'Deleted beat', 'deleted-beat', 10, false, 'personal', '{}'::text[], '{}'::text[], 'deleted', true, now()
            UNION ALL
            SELECT $2, 'Not mine', 'not-mine', 10, false, 'personal', '{}'::text[], '{}'::text[], 'active', true, now()
            """, _seller, other);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_first_fifty_come_newest_change_first_and_more_grows_the_list()
    {
        var queries = _db.As(_seller).Get<ProductQueries>();

        var first = await queries.MineAsync();
        var all = await queries.MineAsync(ProductQueries.MinePageSize * 2);

        Assert.Equal(50, first.Items.Count);
        Assert.True(first.HasMore);
        Assert.Equal(["Beat 1", "Beat 2", "Beat 3"], first.Items.Take(3).Select(i => i.Title));
        Assert.Equal(60, all.Items.Count);
        Assert.False(all.HasMore);
        Assert.DoesNotContain(all.Items, i => i.Title is "Deleted beat" or "Not mine");
    }
}
