using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary><c>views_count</c> counts a signed-in viewer once per day (the app's clock), never the seller, never a listing that is not on sale.</summary>
public sealed class ProductViewsCountOncePerViewerPerDay : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 23, 30, 0, TimeSpan.Zero));
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<Guid> ProductAsync(Guid seller, string status)
    {
        var id = Guid.CreateVersion7();
        await _db.ScalarAsync<int>("INSERT INTO products (id, seller_id, title, slug, price, status) VALUES ($1, $2, 'Viewed', $3, 10, $4) RETURNING 1",
            id, seller, "viewed-" + id.ToString("N"), status);
        return id;
    }

    private Task<int> ViewsAsync(Guid product) => _db.ScalarAsync<int>("SELECT views_count FROM products WHERE id = $1", product)!;

    [Fact]
    public async Task A_viewer_counts_once_a_day_however_often_they_open_the_page()
    {
        var seller = await _db.CreateUserAsync("viewed_seller");
        var viewer = await _db.CreateUserAsync("daily_viewer");
        var product = await ProductAsync(seller, "active");
        var views = _db.As(viewer, clock: _clock).Get<ProductService>();

        Assert.True(await views.RecordViewAsync(product));
        Assert.False(await views.RecordViewAsync(product));
        _clock.Advance(TimeSpan.FromMinutes(20)); // 23:50, still the same day
        Assert.False(await views.RecordViewAsync(product));
        Assert.Equal(1, await ViewsAsync(product));

        _clock.Advance(TimeSpan.FromMinutes(20)); // 00:10 the next day
        Assert.True(await views.RecordViewAsync(product));
        Assert.Equal(2, await ViewsAsync(product));
    }

    [Fact]
    public async Task The_seller_signed_out_visitors_and_unlisted_products_count_nothing()
    {
        var seller = await _db.CreateUserAsync("quiet_seller");
        var viewer = await _db.CreateUserAsync("draft_peeker");
        var listed = await ProductAsync(seller, "active");
        var draft = await ProductAsync(seller, "draft");

        Assert.False(await _db.As(seller, clock: _clock).Get<ProductService>().RecordViewAsync(listed));
        Assert.False(await _db.Anonymous().Get<ProductService>().RecordViewAsync(listed));
        Assert.False(await _db.As(viewer, clock: _clock).Get<ProductService>().RecordViewAsync(draft));

        Assert.Equal(0, await ViewsAsync(listed));
        Assert.Equal(0, await ViewsAsync(draft));
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM product_views"));
    }
}
