using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Library;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Library;

/// <summary>"Get it free": active, approved, free products of others, once per member, the seller told once, the count kept.</summary>
public sealed class GettingAFreeProduct : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _seller;
    private Guid _fan;
    private Guid _other;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("kit_maker");
        _fan = await _db.CreateUserAsync("drum_fan");
        _other = await _db.CreateUserAsync("late_fan");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private LibraryService As(Guid? member) =>
        _db.Services(member is { } id ? CurrentUser.For(id) : CurrentUser.Anonymous()).Get<LibraryService>();

    [Fact]
    public async Task A_member_gets_a_free_product_once_and_its_seller_is_told_once()
    {
        var product = await TestProducts.InsertAsync(_db, _seller, "Dusty Drums", license: "commercial");

        var first = await As(_fan).GetFreeAsync(product);
        var second = await As(_fan).GetFreeAsync(product);

        Assert.True(first.Succeeded, first.FirstError?.Message);
        Assert.False(first.Value!.AlreadyOwned);
        Assert.Matches("^PA-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$", first.Value.Reference);
        Assert.True(second.Succeeded, second.FirstError?.Message);
        Assert.True(second.Value!.AlreadyOwned);
        Assert.Equal(first.Value.Reference, second.Value.Reference);

        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM product_acquisitions WHERE product_id = $1 AND buyer_id = $2", product, _fan));
        Assert.Equal(1, await _db.ScalarAsync<int>("SELECT purchases_count FROM products WHERE id = $1", product));
        Assert.Equal(["@drum_fan got your free product “Dusty Drums”"],
            await _db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1 AND type = 'order'", _seller));
        Assert.Equal(("free", 0L, "commercial", "Dusty Drums"), (
            await _db.ScalarAsync<string>("SELECT source FROM product_acquisitions WHERE buyer_id = $1", _fan),
            await _db.ScalarAsync<long>("SELECT price_cents FROM product_acquisitions WHERE buyer_id = $1", _fan),
            await _db.ScalarAsync<string>("SELECT license_type FROM product_acquisitions WHERE buyer_id = $1", _fan),
            await _db.ScalarAsync<string>("SELECT product_title FROM product_acquisitions WHERE buyer_id = $1", _fan)));
    }

    [Theory]
    [InlineData("paid", "library.not_free")]
    [InlineData("draft", "library.product_unavailable")]
    [InlineData("paused", "library.product_unavailable")]
    [InlineData("deleted", "library.product_unavailable")]
    [InlineData("unapproved", "library.product_unavailable")]
    [InlineData("missing", "library.product_unavailable")]
    public async Task Paid_unpublished_unapproved_and_unknown_products_are_refused(string kind, string code)
    {
        var product = kind switch
        {
            "paid" => await TestProducts.InsertAsync(_db, _seller, "Paid Pack", free: false),
            "unapproved" => await TestProducts.InsertAsync(_db, _seller, "Waiting Pack", approved: false),
            "missing" => Guid.NewGuid(),
            _ => await TestProducts.InsertAsync(_db, _seller, "Quiet Pack", status: kind),
        };

        var result = await As(_fan).GetFreeAsync(product);

        Assert.Equal(code, result.FirstError?.Code);
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM product_acquisitions"));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1", _seller));
    }

    [Fact]
    public async Task A_seller_cannot_get_their_own_product_and_a_visitor_is_asked_to_sign_in()
    {
        var product = await TestProducts.InsertAsync(_db, _seller, "Own Pack");

        Assert.Equal(LibraryErrors.OwnProduct, (await As(_seller).GetFreeAsync(product)).FirstError);
        Assert.Equal(Error.SignInRequired, (await As(null).GetFreeAsync(product)).FirstError);
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM product_acquisitions"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_block_either_way_refuses_the_free_product_and_tells_the_seller_nothing(bool sellerBlocked)
    {
        var product = await TestProducts.InsertAsync(_db, _seller, "Blocked Pack");
        var (blocker, blocked) = sellerBlocked ? (_seller, _fan) : (_fan, _seller);
        await _db.ExecuteAsync("INSERT INTO user_blocks (blocker_id, blocked_id) VALUES ($1, $2)", blocker, blocked);

        var result = await As(_fan).GetFreeAsync(product);

        Assert.Equal(LibraryErrors.Blocked, result.FirstError);
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM product_acquisitions"));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1", _seller));
        Assert.True((await As(_other).GetFreeAsync(product)).Succeeded);
    }

    [Fact]
    public async Task A_free_exclusive_licence_goes_to_one_member()
    {
        var product = await TestProducts.InsertAsync(_db, _seller, "Only One", license: "exclusive");

        Assert.True((await As(_fan).GetFreeAsync(product)).Succeeded);
        Assert.Equal(LibraryErrors.ExclusiveTaken, (await As(_other).GetFreeAsync(product)).FirstError);
    }

    [Fact]
    public async Task Members_cannot_write_acquisitions_around_the_service()
    {
        var product = await TestProducts.InsertAsync(_db, _seller, "Sneaky Pack", free: false);
        var services = _db.Services(CurrentUser.For(_fan));
        await using var db = services.Contexts.CreateDbContext();

        var refused = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO product_acquisitions (product_id, buyer_id, seller_id, reference, product_title, license_type, source)
            VALUES ({product}, {_fan}, {_seller}, 'PA-2222-3333-4444', 'Sneaky Pack', 'personal', 'free')
            """));
        Assert.Equal("42501", refused.SqlState); // insufficient privilege: no insert grant or policy
    }

    [Fact]
    public async Task The_button_state_follows_the_viewer()
    {
        var product = await TestProducts.InsertAsync(_db, _seller, "Button Pack");
        var paid = await TestProducts.InsertAsync(_db, _seller, "Paid Button Pack", free: false);

        Assert.Equal(GetItFreeStatus.SignInRequired, (await As(null).StateAsync(product)).Status);
        Assert.Equal(GetItFreeStatus.Available, (await As(_fan).StateAsync(product)).Status);
        Assert.Equal(GetItFreeStatus.Unavailable, (await As(_seller).StateAsync(product)).Status);
        Assert.Equal(GetItFreeStatus.Unavailable, (await As(_fan).StateAsync(paid)).Status);

        var got = await As(_fan).GetFreeAsync(product);
        var state = await As(_fan).StateAsync(product);
        Assert.Equal((GetItFreeStatus.Owned, got.Value!.Reference, "Button Pack"), (state.Status, state.Reference, state.ProductTitle));
    }

    [Fact]
    public async Task The_library_lists_what_the_member_owns_newest_first_a_page_at_a_time()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < LibraryService.PageSize + 3; i++)
        {
            var product = await TestProducts.InsertAsync(_db, _seller, $"Pack {i:00}");
            ids.Add(product);
            await _db.ExecuteAsync("""
                INSERT INTO product_acquisitions (product_id, buyer_id, seller_id, reference, product_title, license_type, source, acquired_at)
                VALUES ($1, $2, $3, $4, $5, 'personal', 'free', timestamptz '2026-11-01 12:00Z' + make_interval(hours => $6))
                """, product, _fan, _seller, $"PA-2222-2222-{(char)('A' + i / 10)}{"23456789AB"[i % 10]}22", $"Pack {i:00}", i);
        }
        await TestProducts.InsertAsync(_db, _seller, "Someone else's");
        await As(_other).GetFreeAsync(ids[0]);

        var first = await As(_fan).MyLibraryAsync();
        var second = await As(_fan).MyLibraryAsync(first.NextCursor);

        Assert.Equal(LibraryService.PageSize, first.Items.Count);
        Assert.Equal("Pack 22", first.Items[0].ProductTitle);
        Assert.Equal(["Pack 02", "Pack 01", "Pack 00"], second.Items.Select(i => i.ProductTitle));
        Assert.Null(second.NextCursor);
        Assert.All(first.Items.Concat(second.Items), i => Assert.Equal("kit_maker", i.SellerUsername));
        Assert.Empty((await As(_seller).MyLibraryAsync()).Items);
        Assert.Empty((await As(null).MyLibraryAsync()).Items);
        Assert.Equal(LicenseType.Personal, first.Items[0].LicenseType);
    }
}
