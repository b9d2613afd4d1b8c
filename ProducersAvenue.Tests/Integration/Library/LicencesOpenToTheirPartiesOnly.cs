using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Library;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Library;

/// <summary>A licence page's data (buyer, seller, product, terms, date, reference) for its buyer, its seller and admins only.</summary>
public sealed class LicencesOpenToTheirPartiesOnly : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _seller, _buyer, _stranger, _admin;
    private string _reference = "";

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("terms_seller");
        _buyer = await _db.CreateUserAsync("terms_buyer");
        _stranger = await _db.CreateUserAsync("terms_stranger");
        _admin = await _db.CreateUserAsync("terms_admin", UserRole.Admin);
        // The buyer's profile is private: the licence still names them to the seller.
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private', display_name = 'Terry Buyer' WHERE user_id = $1", _buyer);
        var product = await TestProducts.InsertAsync(_db, _seller, "Custom Keys", license: "custom", licenseText: "Use it for anything but jingles.");
        _reference = (await As(_buyer).GetFreeAsync(product)).Value!.Reference;
        // The seller changes the listing's terms later: the licence keeps the terms it was granted under.
        await _db.ExecuteAsync("UPDATE products SET license_text = 'Nothing allowed.', title = 'Renamed Keys' WHERE id = $1", product);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private LibraryService As(Guid? member, UserRole role = UserRole.Member) =>
        _db.Services(member is { } id ? CurrentUser.For(id, role) : CurrentUser.Anonymous()).Get<LibraryService>();

    [Theory]
    [InlineData("buyer")]
    [InlineData("seller")]
    [InlineData("admin")]
    public async Task The_buyer_the_seller_and_an_admin_read_the_licence(string who)
    {
        var service = who switch { "buyer" => As(_buyer), "seller" => As(_seller), _ => As(_admin, UserRole.Admin) };

        var licence = await service.LicenceAsync(_reference.ToLowerInvariant());

        Assert.True(licence.Succeeded, licence.FirstError?.Message);
        var e = licence.Value!;
        Assert.Equal(_reference, e.Reference);
        Assert.Equal(("terms_buyer", "Terry Buyer", "terms_seller"), (e.BuyerUsername, e.BuyerDisplayName, e.SellerUsername));
        Assert.Equal(("Custom Keys", LicenseType.Custom, "Use it for anything but jingles."), (e.ProductTitle, e.LicenseType, e.LicenseTerms));
        Assert.True(e.IsFree);
        Assert.Equal(await _db.ScalarAsync<DateTime>("SELECT acquired_at FROM product_acquisitions WHERE reference = $1", _reference), e.AcquiredAt.UtcDateTime);
    }

    [Fact]
    public async Task Anyone_else_finds_no_licence_and_is_not_told_it_exists()
    {
        Assert.Equal(LibraryErrors.EntryNotFound, (await As(_stranger).LicenceAsync(_reference)).FirstError);
        Assert.Equal(LibraryErrors.EntryNotFound, (await As(_stranger).LicenceAsync("PA-NOPE-NOPE-NOPE")).FirstError);
        Assert.Equal(Error.SignInRequired, (await As(null).LicenceAsync(_reference)).FirstError);
    }

    [Fact]
    public async Task The_view_and_the_table_show_a_stranger_nothing_around_the_service()
    {
        var services = _db.Services(CurrentUser.For(_stranger));
        await using var db = services.Contexts.CreateDbContext();

        Assert.Equal(0, await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM library_entries").SingleAsync());
        Assert.Equal(0, await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM product_acquisitions").SingleAsync());
        Assert.False(await db.Database.SqlQuery<bool>($"SELECT owns_product_file('x') AS \"Value\"").SingleAsync());
    }

    [Fact]
    public async Task Standard_licences_print_the_platforms_terms()
    {
        var product = await TestProducts.InsertAsync(_db, _seller, "Plain Keys", license: "commercial", licenseText: "ignored for a standard licence");
        var reference = (await As(_buyer).GetFreeAsync(product)).Value!.Reference;

        var terms = (await As(_buyer).LicenceAsync(reference)).Value!.LicenseTerms;

        Assert.Equal(LicenceTerms.For(LicenseType.Commercial, null), terms);
        Assert.StartsWith("Commercial licence.", terms);
    }
}
