using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>A service's <c>views_count</c> counts a signed-in viewer once per day (the app's clock), never the seller, never a service that is not on sale.</summary>
public sealed class ServiceViewsCountOncePerViewerPerDay : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 23, 30, 0, TimeSpan.Zero));
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<Guid> ServiceAsync(Guid seller, string status)
    {
        var id = Guid.CreateVersion7();
        await _db.ScalarAsync<int>("INSERT INTO services (id, seller_id, title, slug, service_type, status) VALUES ($1, $2, 'Viewed', $3, 'mixing', $4) RETURNING 1",
            id, seller, "viewed-" + id.ToString("N"), status);
        return id;
    }

    private Task<int> ViewsAsync(Guid service) => _db.ScalarAsync<int>("SELECT views_count FROM services WHERE id = $1", service)!;

    [Fact]
    public async Task A_viewer_counts_once_a_day_however_often_they_open_the_page()
    {
        var seller = await _db.CreateUserAsync("mixing_seller");
        var viewer = await _db.CreateUserAsync("daily_browser");
        var service = await ServiceAsync(seller, "active");
        var views = _db.As(viewer, clock: _clock).Get<ServiceListingService>();

        Assert.True(await views.RecordViewAsync(service));
        Assert.False(await views.RecordViewAsync(service));
        _clock.Advance(TimeSpan.FromMinutes(20)); // 23:50, still the same day
        Assert.False(await views.RecordViewAsync(service));
        Assert.Equal(1, await ViewsAsync(service));

        _clock.Advance(TimeSpan.FromMinutes(20)); // 00:10 the next day
        Assert.True(await views.RecordViewAsync(service));
        Assert.Equal(2, await ViewsAsync(service));
        var seen = await _db.As(seller).Get<ServiceListingService>().BySellerAsync(seller);
        Assert.Equal(2, Assert.Single(seen).ViewsCount);
    }

    [Fact]
    public async Task The_seller_signed_out_visitors_and_services_not_on_sale_count_nothing()
    {
        var seller = await _db.CreateUserAsync("quiet_mixer");
        var viewer = await _db.CreateUserAsync("draft_browser");
        var active = await ServiceAsync(seller, "active");
        var draft = await ServiceAsync(seller, "draft");
        var paused = await ServiceAsync(seller, "paused");

        Assert.False(await _db.As(seller, clock: _clock).Get<ServiceListingService>().RecordViewAsync(active));
        Assert.False(await _db.Anonymous().Get<ServiceListingService>().RecordViewAsync(active));
        Assert.False(await _db.As(viewer, clock: _clock).Get<ServiceListingService>().RecordViewAsync(draft));
        Assert.False(await _db.As(viewer, clock: _clock).Get<ServiceListingService>().RecordViewAsync(paused));

        Assert.Equal(0, await ViewsAsync(active));
        Assert.Equal(0, await ViewsAsync(draft));
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM service_views"));
    }
}
