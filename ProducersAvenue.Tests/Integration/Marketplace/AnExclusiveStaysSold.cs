using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Library;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Marketplace.Featuring;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Integration.Finance;
using ProducersAvenue.Tests.Integration.Library;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>
/// Decision 266: the buyer of an exclusive licence holds the only one. Its seller can neither switch the listing to another
/// licence nor put it on sale again, and a product members already hold cannot become an exclusive — in the service, and
/// in the grant functions when the listing is changed around it.
/// </summary>
public sealed class AnExclusiveStaysSold : IAsyncLifetime
{
    private TestDb _db = null!;
    private MoneyWorld _world = null!;
    private Guid _seller;
    private Guid _buyer;
    private Guid _late;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new MoneyWorld(_db);
        _seller = await _db.CreateUserAsync("sole_seller");
        _buyer = await _db.CreateUserAsync("sole_buyer");
        _late = await _db.CreateUserAsync("late_buyer");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private ProductService Products => _world.As(_seller).Get<ProductService>();

    private async Task<SaveProductCommand> EditedAsync(Guid product, LicenseType licence)
    {
        var edit = await _world.As(_seller).Get<ProductQueries>().ForEditAsync(product);
        Assert.NotNull(edit);
        var category = await _db.ScalarAsync<Guid>("SELECT id FROM categories WHERE is_active ORDER BY sort_order LIMIT 1");
        return edit.Command with { LicenseType = licence, ProductKind = edit.Command.ProductKind ?? ProductKind.Beat, CategoryId = category };
    }

    private async Task<Guid> SoldExclusiveAsync(string title)
    {
        var product = await _world.ProductAsync(_seller, title, 250m, license: "exclusive");
        await _db.ExecuteAsync("UPDATE products SET file_urls = ARRAY['products/beat.zip'] WHERE id = $1", product);
        await _world.BuyByCardAsync(_buyer, product);
        return product;
    }

    [Fact]
    public async Task The_seller_of_a_sold_exclusive_can_neither_publish_it_again_nor_change_its_licence()
    {
        var product = await SoldExclusiveAsync("Only Once");

        var published = await Products.PublishAsync(product);
        var relicensed = await Products.UpdateAsync(product, await EditedAsync(product, LicenseType.Commercial));
        var kept = await Products.UpdateAsync(product, await EditedAsync(product, LicenseType.Exclusive) with { Title = "Only Once (sold)" });

        Assert.Equal(MarketplaceErrors.ExclusiveSold, published.FirstError);
        Assert.Equal(MarketplaceErrors.ExclusiveSoldKeepsItsLicence, relicensed.FirstError);
        Assert.Equal(nameof(SaveProductCommand.LicenseType), relicensed.FirstError!.Field);
        Assert.True(kept.Succeeded, kept.FirstError?.Message); // the rest of the listing is still the seller's to edit
        Assert.Equal(("paused", "exclusive"), (
            await _db.ScalarAsync<string>("SELECT status FROM products WHERE id = $1", product),
            await _db.ScalarAsync<string>("SELECT license_type FROM products WHERE id = $1", product)));
        Assert.True((await _world.As(_seller).Get<ProductQueries>().ForEditAsync(product))!.ExclusiveSold);
    }

    [Fact]
    public async Task A_sold_exclusive_relisted_under_another_licence_around_the_service_is_not_sold_again()
    {
        var product = await SoldExclusiveAsync("Twice Sold");
        await _db.ExecuteAsync("UPDATE products SET license_type = 'commercial', status = 'active' WHERE id = $1", product);

        var transaction = await _world.StartCardCheckoutAsync(_late, product);
        var paid = await _world.As(_late).Get<SandboxCheckout>().PayAsync(transaction, SandboxCards.Success);

        Assert.Equal(FinanceErrors.ExclusiveSold, paid.FirstError);
        Assert.Equal("refunded", await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", transaction));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM product_acquisitions WHERE product_id = $1 AND buyer_id = $2", product, _late));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task A_product_members_hold_cannot_become_an_exclusive_and_one_made_so_around_the_service_gives_no_more()
    {
        var product = await TestProducts.InsertAsync(_db, _seller, "Shared Kit", license: "commercial", files: "products/kit.zip");
        Assert.True((await _world.As(_buyer).Get<LibraryService>().GetFreeAsync(product)).Succeeded);

        var refused = await Products.UpdateAsync(product, await EditedAsync(product, LicenseType.Exclusive));
        await _db.ExecuteAsync("UPDATE products SET license_type = 'exclusive' WHERE id = $1", product);
        var late = await _world.As(_late).Get<LibraryService>().GetFreeAsync(product);
        var again = await _world.As(_buyer).Get<LibraryService>().GetFreeAsync(product);

        Assert.Equal(MarketplaceErrors.HeldProductCannotBecomeExclusive, refused.FirstError);
        Assert.Equal(LibraryErrors.ExclusiveTaken, late.FirstError);
        Assert.True(again.Succeeded && again.Value!.AlreadyOwned, again.FirstError?.Message);
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM product_acquisitions WHERE product_id = $1", product));
    }

    [Fact]
    public async Task The_price_of_a_sold_exclusive_stays_the_price_it_sold_at()
    {
        var product = await SoldExclusiveAsync("Sold At Two Fifty");

        var repriced = await Products.UpdateAsync(product, await EditedAsync(product, LicenseType.Exclusive) with { Price = 400m });
        var free = await Products.UpdateAsync(product, await EditedAsync(product, LicenseType.Exclusive) with { PriceMode = PriceMode.Free, Price = null });
        var same = await Products.UpdateAsync(product, await EditedAsync(product, LicenseType.Exclusive) with { Price = 250.00m, Description = "Sold." });

        Assert.Equal(MarketplaceErrors.ExclusiveSoldKeepsItsPrice, repriced.FirstError);
        Assert.Equal(nameof(SaveProductCommand.Price), repriced.FirstError!.Field);
        Assert.Equal(MarketplaceErrors.ExclusiveSoldKeepsItsPrice, free.FirstError);
        Assert.True(same.Succeeded, same.FirstError?.Message);
        Assert.Equal(250m, await _db.ScalarAsync<decimal>("SELECT price FROM products WHERE id = $1", product));
    }

    [Fact]
    public async Task An_exclusive_not_yet_sold_may_change_its_price()
    {
        var product = await _world.ProductAsync(_seller, "Still For Sale", 250m, license: "exclusive");
        await _db.ExecuteAsync("UPDATE products SET file_urls = ARRAY['products/beat.zip'] WHERE id = $1", product);

        var repriced = await Products.UpdateAsync(product, await EditedAsync(product, LicenseType.Exclusive) with { Price = 300m });

        Assert.True(repriced.Succeeded, repriced.FirstError?.Message);
        Assert.Equal(300m, await _db.ScalarAsync<decimal>("SELECT price FROM products WHERE id = $1", product));
    }

    [Fact]
    public async Task Feature_says_a_sold_exclusive_is_sold_not_that_it_needs_publishing()
    {
        var product = await SoldExclusiveAsync("Sold Not Paused");
        var admin = await _db.CreateUserAsync("sold_admin", UserRole.Admin);
        const string Sold = "Sold: a member bought the exclusive licence, so the listing stays off sale and cannot be featured.";

        var own = await _world.As(_seller).Get<FeaturedListings>().StateAsync(ListingKind.Product, product);
        var rows = await _world.As(_seller).Get<FeaturedListings>().MyStatesAsync(ListingKind.Product, [product]);
        var asAdmin = await _world.AsAdmin(admin).Get<FeaturedListings>().StateAsync(ListingKind.Product, product);

        Assert.Equal(Sold, own?.WhyNot);
        Assert.Equal(Sold, rows[product].WhyNot);
        Assert.Equal(Sold, asAdmin?.WhyNot);
    }
}
