using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Marketplace.Reviews;
using ProducersAvenue.Tests.Integration.Finance;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>
/// Decision 248: an exclusive that sold (and so paused itself), or a listing its seller paused or deleted, leaves the
/// market but not its owners — they still open its page and review it; anyone else gets nothing, through the service and Row Level
/// Security alike. A refunded copy holds nothing.
/// </summary>
public sealed class AProductThatLeftTheMarketStaysWithItsOwners : IAsyncLifetime
{
    private TestDb _db = null!;
    private MoneyWorld _world = null!;
    private Guid _seller;
    private Guid _buyer;
    private Guid _stranger;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new MoneyWorld(_db);
        _seller = await _db.CreateUserAsync("left_seller");
        _buyer = await _db.CreateUserAsync("left_buyer");
        _stranger = await _db.CreateUserAsync("left_stranger");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<string> SlugAsync(Guid product) => (await _db.ScalarAsync<string>("SELECT slug FROM products WHERE id = $1", product))!;

    [Fact]
    public async Task The_buyer_of_a_sold_exclusive_opens_its_page_and_reviews_it_and_a_stranger_sees_nothing()
    {
        var product = await _world.ProductAsync(_seller, "One Of One Beat", 40m, license: "exclusive");
        await _world.BuyByCardAsync(_buyer, product);
        Assert.Equal("paused", await _db.ScalarAsync<string>("SELECT status FROM products WHERE id = $1", product));
        var slug = await SlugAsync(product);

        var page = await _world.As(_buyer).Get<ProductQueries>().BySlugAsync(slug);
        var review = await _world.As(_buyer).Get<ReviewService>().WriteAsync(new WriteReviewCommand(ReviewableType.Product, product, 5, "Mine alone."));

        Assert.Equal("One Of One Beat", page?.Title);
        Assert.True(review.Succeeded, review.FirstError?.Message);
        Assert.Null(await _world.As(_stranger).Get<ProductQueries>().BySlugAsync(slug));
        Assert.Null(await _db.Anonymous().Get<ProductQueries>().BySlugAsync(slug));
        await using var raw = _world.As(_stranger).Contexts.CreateDbContext();
        Assert.Empty(raw.Products.Where(p => p.Id == product).ToList()); // Row Level Security, with no filter in the query
    }

    [Fact]
    public async Task A_paused_listing_stays_with_its_buyer_until_the_purchase_is_refunded()
    {
        var product = await _world.ProductAsync(_seller, "Paused Kit", 9m);
        await _world.BuyByCardAsync(_buyer, product);
        Assert.True((await _world.As(_seller).Get<ProductService>().PauseAsync(product)).Succeeded);
        var slug = await SlugAsync(product);
        Assert.NotNull(await _world.As(_buyer).Get<ProductQueries>().BySlugAsync(slug));

        await _db.ScalarAsync<object>("UPDATE product_acquisitions SET revoked_at = now() WHERE product_id = $1", product);

        Assert.Null(await _world.As(_buyer).Get<ProductQueries>().BySlugAsync(slug));
    }

    [Fact]
    public async Task A_deleted_listing_is_gone_for_its_seller_and_the_market_but_not_for_its_buyer()
    {
        var product = await _world.ProductAsync(_seller, "Deleted Kit", 9m);
        await _world.BuyByCardAsync(_buyer, product);
        Assert.True((await _world.As(_seller).Get<ProductService>().DeleteAsync(product)).Succeeded);
        var slug = await SlugAsync(product);

        Assert.Equal("Deleted Kit", (await _world.As(_buyer).Get<ProductQueries>().BySlugAsync(slug))?.Title);
        Assert.Null(await _world.As(_seller).Get<ProductQueries>().BySlugAsync(slug));
        Assert.Null(await _world.As(_stranger).Get<ProductQueries>().BySlugAsync(slug));
    }
}
