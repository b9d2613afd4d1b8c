using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Checkout;
using ProducersAvenue.Domain.Library;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>
/// "Banned members … their content is hidden": a banned seller's listings leave the market and their pages, and nobody can
/// like, get, buy or order them — while admins still open them (decision 156).
/// </summary>
public sealed class BannedSellersListingsAreHidden : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _seller, _member, _admin, _free, _paid, _service;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("banned_seller");
        _member = await _db.CreateUserAsync("market_shopper");
        _admin = await _db.CreateUserAsync("market_admin", UserRole.Admin);
        _free = await _db.InsertAsync("""
            INSERT INTO products (seller_id, title, slug, price, is_free, status, is_approved, file_urls)
            VALUES ($1, 'Banned Free Kit', 'banned-free-kit', 0, true, 'active', true, ARRAY['private/product/x/kit.zip']) RETURNING id
            """, _seller);
        _paid = await _db.InsertAsync("""
            INSERT INTO products (seller_id, title, slug, price, is_free, status, is_approved, file_urls)
            VALUES ($1, 'Banned Paid Kit', 'banned-paid-kit', 20, false, 'active', true, ARRAY['private/product/x/paid.zip']) RETURNING id
            """, _seller);
        _service = await _db.InsertAsync("""
            INSERT INTO services (seller_id, title, slug, service_type, status, packages)
            VALUES ($1, 'Banned Mixing', 'banned-mixing', 'mixing', 'active',
                    '[{"name": "Basic", "price": 40, "delivery_days": 3, "revisions": 2, "features": []}]'::jsonb) RETURNING id
            """, _seller);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task BanAsync() => _db.ScalarAsync<int>("UPDATE user_profiles SET is_banned = true WHERE user_id = $1 RETURNING 1", _seller);

    private async Task<string[]> MarketTitlesAsync() =>
        [.. (await _db.As(_member).Get<StorefrontQueries>().SearchAsync(new StorefrontFilter { Sort = StorefrontSort.Newest })).Items.Select(l => l.Title)];

    [Fact]
    public async Task The_market_and_the_listing_pages_leave_them_out()
    {
        Assert.Equal(["Banned Mixing", "Banned Paid Kit", "Banned Free Kit"], await MarketTitlesAsync());
        await BanAsync();

        Assert.Empty(await MarketTitlesAsync());
        Assert.Null(await _db.As(_member).Get<ProductQueries>().BySlugAsync("banned-paid-kit"));
        Assert.Null(await _db.Anonymous().Get<ProductQueries>().BySlugAsync("banned-free-kit"));
        Assert.Null(await _db.As(_member).Get<ServiceListingService>().GetPageAsync("banned-mixing"));
        Assert.NotNull(await _db.As(_admin, UserRole.Admin).Get<ProductQueries>().BySlugAsync("banned-paid-kit"));
    }

    [Fact]
    public async Task Paging_goes_on_past_them()
    {
        var other = await _db.CreateUserAsync("standing_seller");
        await _db.ScalarAsync<int>("""
            INSERT INTO products (seller_id, title, slug, price, status, is_approved, created_at)
            SELECT $1, 'Standing Kit ' || g, 'standing-kit-' || g, 10, 'active', true, now() - interval '1 day' - g * interval '1 minute'
            FROM generate_series(1, 24) g RETURNING 1
            """, other);
        await BanAsync();
        var store = _db.As(_member).Get<StorefrontQueries>();
        var filter = new StorefrontFilter { Kind = StorefrontKind.Products, Sort = StorefrontSort.Newest };

        // The first page was cut at 24 rows, the banned seller's newest two among them: 22 shown, and the rest follow.
        var first = await store.SearchAsync(filter);
        Assert.Equal(22, first.Items.Count);
        Assert.All(first.Items, l => Assert.StartsWith("Standing Kit", l.Title));
        var second = await store.SearchAsync(filter, first.NextCursor);
        Assert.Equal(["Standing Kit 23", "Standing Kit 24"], second.Items.Select(l => l.Title));
        Assert.Null(second.NextCursor);
    }

    [Fact]
    public async Task Nobody_likes_gets_buys_or_orders_them()
    {
        await BanAsync();
        var member = _db.As(_member);

        Assert.Equal(MarketplaceErrors.ProductNotFound, (await member.Get<ProductLikes>().ToggleAsync(_paid)).FirstError);
        Assert.Equal(GetItFreeStatus.Unavailable, (await member.Get<LibraryService>().StateAsync(_free)).Status);
        Assert.Equal(LibraryErrors.ProductUnavailable, (await member.Get<LibraryService>().GetFreeAsync(_free)).FirstError);
        Assert.Equal(CheckoutAvailability.NotForSale, (await member.Get<CheckoutService>().QuoteAsync(_paid))!.Availability);
        Assert.Equal(FinanceErrors.ProductNotForSale,
            (await member.Get<CheckoutService>().StartAsync(new CheckoutCommand(_paid, PaymentMethod.WalletBalance))).FirstError);
        Assert.Null(await member.Get<OrderCheckout>().QuoteAsync(_service, "Basic"));
        Assert.Equal(OrdersErrors.ServiceNotOrderable,
            (await member.Get<OrderCheckout>().StartAsync(new PlaceOrderCommand(_service, "Basic", 4000, null, []))).FirstError);

        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM product_likes"));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM product_acquisitions"));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM transactions"));
    }
}
