using ProducersAvenue.Domain.Library;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>
/// A seller's list says how many members bought each listing and how many got it free; a refunded sale no longer
/// counts, and other sellers' sales never do.
/// </summary>
public sealed class SellersSeeWhoHoldsEachListing : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _seller, _kit, _freebie, _quiet;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("holds_seller");
        var other = await _db.CreateUserAsync("holds_other");
        var buyers = new List<Guid>();
        for (var i = 0; i < 3; i++) buyers.Add(await _db.CreateUserAsync($"holds_buyer{i}"));
        _kit = await Product(_seller, "holds-kit", free: false);
        _freebie = await Product(_seller, "holds-freebie", free: true);
        _quiet = await Product(_seller, "holds-quiet", free: false);
        var elsewhere = await Product(other, "holds-elsewhere", free: false);

        await Sale(_kit, _seller, buyers[0], "PA-AAAA-AAAA-AAA2", revoked: false);
        await Sale(_kit, _seller, buyers[1], "PA-AAAA-AAAA-AAA3", revoked: false);
        await Sale(_kit, _seller, buyers[2], "PA-AAAA-AAAA-AAA4", revoked: true);
        await Sale(elsewhere, other, buyers[0], "PA-AAAA-AAAA-AAA5", revoked: false);
        foreach (var buyer in buyers)
            Assert.True((await _db.As(buyer).Get<LibraryService>().GetFreeAsync(_freebie)).Succeeded);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Each_listing_counts_its_sales_and_free_gets_not_refunded()
    {
        var mine = await _db.As(_seller).Get<ProductQueries>().MineAsync();

        Assert.Equal(new ListingTakeUp(_kit, 2, 0), mine.TakeUpOf(_kit));
        Assert.Equal(new ListingTakeUp(_freebie, 0, 3), mine.TakeUpOf(_freebie));
        Assert.Equal(new ListingTakeUp(_quiet, 0, 0), mine.TakeUpOf(_quiet));
        Assert.Equal(2, mine.TakeUp.Count);
    }

    private Task<Guid> Product(Guid seller, string slug, bool free) => _db.ScalarAsync<Guid>("""
        INSERT INTO products (seller_id, title, slug, price, is_free, license_type, status, is_approved)
        VALUES ($1, $2, $2, $3, $4, 'personal', 'active', true) RETURNING id
        """, seller, slug, free ? 0m : 10m, free);

    private async Task Sale(Guid product, Guid seller, Guid buyer, string reference, bool revoked)
    {
        var transaction = await _db.ScalarAsync<Guid>("""
            INSERT INTO transactions (buyer_id, seller_id, transaction_type, related_id, amount_total, amount_fees, amount_commission, amount_seller, payment_processor, status)
            VALUES ($1, $2, 'product_purchase', $3, 1000, 59, 400, 541, 'stripe', 'completed') RETURNING id
            """, buyer, seller, product);
        await _db.ExecuteAsync("""
            INSERT INTO product_acquisitions (product_id, buyer_id, seller_id, reference, product_title, license_type, source, transaction_id, price_cents, revoked_at)
            VALUES ($1, $2, $3, $4, 'A kit', 'personal', 'purchase', $5, 1000, CASE WHEN $6 THEN now() END)
            """, product, buyer, seller, reference, transaction, revoked);
    }
}
