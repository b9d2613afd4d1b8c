using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>
/// A member likes a product on sale (not their own) and takes the like back; the count follows the rows, the seller is
/// told and sees it in their list without the listing moving there; Library → Liked lists the liked listings still on sale, the
/// latest like first, a page at a time; the product page tells each viewer whether they like it.
/// </summary>
public sealed class MembersLikeProductsAndFindThemAgain : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<Guid> ProductAsync(Guid seller, string slug, string status = "active", DateTimeOffset? createdAt = null)
    {
        var id = Guid.CreateVersion7();
        await _db.ScalarAsync<int>("""
            INSERT INTO products (id, seller_id, title, slug, price, status, is_approved, created_at, updated_at)
            VALUES ($1, $2, $3, $4, 10, $5, true, $6, $6) RETURNING 1
            """, id, seller, slug, slug, status, createdAt ?? _clock.GetUtcNow());
        return id;
    }

    [Fact]
    public async Task A_like_counts_once_and_is_taken_back_without_moving_the_listing()
    {
        var seller = await _db.CreateUserAsync("liked_seller");
        var fan = await _db.CreateUserAsync("product_fan");
        var product = await ProductAsync(seller, "liked-kit");
        var updatedBefore = await _db.ScalarAsync<DateTime>("SELECT updated_at FROM products WHERE id = $1", product);
        var likes = _db.As(fan, clock: _clock).Get<ProductLikes>();

        var liked = await likes.ToggleAsync(product);
        Assert.True(liked.Succeeded, liked.FirstError?.Message);
        Assert.Equal((true, 1), (liked.Value!.Liked, liked.Value.Count));
        Assert.Equal(1, await _db.ScalarAsync<int>("SELECT likes_count FROM products WHERE id = $1", product));
        var page = await _db.As(fan).Get<ProductQueries>().BySlugAsync("liked-kit");
        Assert.True(page!.Likes.Liked);
        Assert.False((await _db.As(seller).Get<ProductQueries>().BySlugAsync("liked-kit"))!.Likes.Liked);
        Assert.Equal(1, (await _db.Anonymous().Get<ProductQueries>().BySlugAsync("liked-kit"))!.Likes.Count);
        Assert.Equal(1, Assert.Single((await _db.As(seller).Get<ProductQueries>().MineAsync()).Items).LikesCount);
        var told = await _db.ListAsync<string>("SELECT title || ' → ' || link_url FROM notifications WHERE user_id = $1 AND type = 'like'", seller);
        Assert.Equal(["@product_fan liked liked-kit → /market/products/liked-kit"], told);

        var unliked = await likes.ToggleAsync(product);
        Assert.Equal((false, 0), (unliked.Value!.Liked, unliked.Value.Count));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1", seller));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM product_likes"));
        // A like is not an edit: the seller's list, newest change first, keeps its order.
        var updatedAfter = await _db.ScalarAsync<DateTime>("SELECT updated_at FROM products WHERE id = $1", product);
        Assert.True(updatedAfter - updatedBefore < TimeSpan.FromMilliseconds(1), $"updated_at moved by {updatedAfter - updatedBefore}");
    }

    [Fact]
    public async Task Own_listings_drafts_and_visitors_cannot_like()
    {
        var seller = await _db.CreateUserAsync("proud_seller");
        var fan = await _db.CreateUserAsync("early_fan");
        var listed = await ProductAsync(seller, "proud-kit");
        var draft = await ProductAsync(seller, "proud-draft", status: "draft");

        Assert.Equal(MarketplaceErrors.OwnProductLike, (await _db.As(seller).Get<ProductLikes>().ToggleAsync(listed)).FirstError);
        Assert.Equal(MarketplaceErrors.ProductNotFound, (await _db.As(fan).Get<ProductLikes>().ToggleAsync(draft)).FirstError);
        Assert.Equal(MarketplaceErrors.ProductNotFound, (await _db.As(fan).Get<ProductLikes>().ToggleAsync(Guid.NewGuid())).FirstError);
        Assert.Equal(Error.SignInRequired, (await _db.Anonymous().Get<ProductLikes>().ToggleAsync(listed)).FirstError);
        Assert.Equal(0, await _db.ScalarAsync<int>("SELECT likes_count FROM products WHERE id = $1", listed));
    }

    [Fact]
    public async Task Liked_lists_what_is_on_sale_the_latest_like_first_a_page_at_a_time()
    {
        var seller = await _db.CreateUserAsync("busy_seller");
        var fan = await _db.CreateUserAsync("collector");
        var other = await _db.CreateUserAsync("other_collector");
        var likes = _db.As(fan, clock: _clock).Get<ProductLikes>();
        var products = new List<Guid>();
        for (var i = 0; i < StorefrontQueries.PageSize + 2; i++)
        {
            var product = await ProductAsync(seller, $"liked-kit-{i:00}");
            Assert.True((await likes.ToggleAsync(product)).Succeeded);
            _clock.Advance(TimeSpan.FromMinutes(1));
            products.Add(product);
        }
        Assert.True((await _db.As(other).Get<ProductLikes>().ToggleAsync(products[0])).Succeeded);
        var paused = await ProductAsync(seller, "liked-then-paused");
        Assert.True((await likes.ToggleAsync(paused)).Succeeded);
        await _db.ScalarAsync<int>("UPDATE products SET status = 'paused' WHERE id = $1 RETURNING 1", paused);

        var store = _db.As(fan).Get<StorefrontQueries>();
        var first = await store.LikedAsync();
        Assert.Equal(StorefrontQueries.PageSize, first.Items.Count);
        Assert.Equal(products[^1], first.Items[0].Id);
        Assert.Equal("busy_seller", first.Items[0].Seller.Username);
        Assert.NotNull(first.NextCursor);
        var second = await store.LikedAsync(first.NextCursor);
        Assert.Equal([products[1], products[0]], second.Items.Select(i => i.Id));
        Assert.Null(second.NextCursor);

        Assert.Equal([products[0]], (await _db.As(other).Get<StorefrontQueries>().LikedAsync()).Items.Select(i => i.Id));
        Assert.Empty((await _db.Anonymous().Get<StorefrontQueries>().LikedAsync()).Items);
    }
}
