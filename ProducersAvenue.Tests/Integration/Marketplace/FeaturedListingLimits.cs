using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Marketplace.Featuring;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>
/// Featured listings (decision 175) on real PostgreSQL: the tier limits of the product rules counted over products and
/// services together, the grandfather clause after a downgrade, two clicks at once, the guards against writing
/// <c>is_featured</c> past <c>app_feature_listing</c>, and admins featuring any listing.
/// </summary>
public sealed class FeaturedListingLimits : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);
    private TestDb _db = null!;
    private int _listings;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private TestServices As(Guid user, UserRole role = UserRole.Member) => _db.Services(CurrentUser.For(user, role), new FakeTimeProvider(Now));

    private async Task<Guid> SellerAsync(string username, string tier = "basic", bool partner = false)
    {
        var id = await _db.CreateUserAsync(username);
        await _db.ScalarAsync<int>("UPDATE subscriptions SET tier = $1 WHERE user_id = $2 RETURNING 1", tier, id);
        if (partner) await _db.ScalarAsync<int>("UPDATE user_profiles SET is_partner_account = true WHERE user_id = $1 RETURNING 1", id);
        return id;
    }

    private async Task<Guid> ProductAsync(Guid seller, string status = "active")
    {
        var id = Guid.CreateVersion7();
        var n = ++_listings;
        await _db.ScalarAsync<int>(
            "INSERT INTO products (id, seller_id, title, slug, price, status) VALUES ($1, $2, $3, $4, 10, $5) RETURNING 1",
            id, seller, $"Listing {n}", $"listing-{n}", status);
        return id;
    }

    private async Task<List<Guid>> ProductsAsync(Guid seller, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++) ids.Add(await ProductAsync(seller));
        return ids;
    }

    private Task<long> FeaturedCountAsync(Guid seller) => _db.ScalarAsync<long>(
        "SELECT (SELECT count(*) FROM products WHERE seller_id = $1 AND is_featured) + (SELECT count(*) FROM services WHERE seller_id = $1 AND is_featured)", seller);

    private static Task<Result> FeatureAsync(TestServices services, Guid product) => services.Get<FeaturedListings>().FeatureAsync(ListingKind.Product, product);

    [Theory]
    [InlineData("basic", 0)]
    [InlineData("standard", 1)]
    [InlineData("premium", 3)]
    [InlineData("ultimate", 10)]
    public async Task A_seller_features_as_many_listings_as_their_tier_allows_and_no_more(string tier, int limit)
    {
        var seller = await SellerAsync($"seller_{tier}", tier);
        var products = await ProductsAsync(seller, limit + 1);
        var me = As(seller);

        for (var i = 0; i < limit; i++) Assert.True((await FeatureAsync(me, products[i])).Succeeded, $"listing {i + 1} of {limit}");
        var over = await FeatureAsync(me, products[limit]);

        Assert.Equal("featured.limit_reached", over.FirstError?.Code);
        Assert.Equal(limit, await FeaturedCountAsync(seller));
        Assert.False(await _db.ScalarAsync<bool>("SELECT is_featured FROM products WHERE id = $1", products[limit]));
        var allowance = await me.Get<FeaturedListings>().MyAllowanceAsync();
        Assert.Equal(limit == 0 ? "No featured listings" : $"{limit} of {limit} featured", allowance?.CountText);
    }

    [Fact]
    public async Task A_seller_moved_down_to_basic_is_told_what_stays_featured()
    {
        var seller = await SellerAsync("to_basic", "standard");
        var product = await ProductAsync(seller);
        var me = As(seller);
        Assert.True((await FeatureAsync(me, product)).Succeeded);

        await _db.ScalarAsync<int>("UPDATE subscriptions SET tier = 'basic' WHERE user_id = $1 RETURNING 1", seller);

        var allowance = await me.Get<FeaturedListings>().MyAllowanceAsync();
        Assert.Equal("1 featured", allowance?.CountText);
        Assert.Equal("Your Basic plan does not feature listings. The listing featured beyond your plan's limit stays featured until you unfeature it. " +
                     "Move to Standard to feature up to 1 listing.", allowance?.LimitText);
    }

    [Fact]
    public async Task A_partner_account_on_the_basic_tier_features_ten()
    {
        var seller = await SellerAsync("partner_seller", "basic", partner: true);
        var products = await ProductsAsync(seller, 11);
        var me = As(seller);

        foreach (var product in products.Take(10)) Assert.True((await FeatureAsync(me, product)).Succeeded);

        Assert.Equal("featured.limit_reached", (await FeatureAsync(me, products[10])).FirstError?.Code);
        Assert.Equal(10, await FeaturedCountAsync(seller));
    }

    [Fact]
    public async Task The_limit_message_names_the_plan_that_features_more()
    {
        var seller = await SellerAsync("basic_seller");
        var product = await ProductAsync(seller);

        var refused = await FeatureAsync(As(seller), product);

        Assert.Equal("Your Basic plan does not feature listings. Move to Standard to feature up to 1 listing.", refused.FirstError?.Message);
    }

    [Fact]
    public async Task Products_and_services_count_toward_one_limit()
    {
        var seller = await SellerAsync("mixed_seller", "standard");
        var product = await ProductAsync(seller);
        var me = As(seller);
        var service = await me.CreateActiveAsync(ServiceTestKit.Command("Featured mixing"));

        Assert.True((await FeatureAsync(me, product)).Succeeded);
        var refused = await me.Get<FeaturedListings>().FeatureAsync(ListingKind.Service, service);
        Assert.True((await me.Get<FeaturedListings>().UnfeatureAsync(ListingKind.Product, product)).Succeeded);
        var featuredService = await me.Get<FeaturedListings>().FeatureAsync(ListingKind.Service, service);

        Assert.Equal("featured.limit_reached", refused.FirstError?.Code);
        Assert.True(featuredService.Succeeded, featuredService.FirstError?.Message);
        Assert.True(await _db.ScalarAsync<bool>("SELECT is_featured FROM services WHERE id = $1", service));
        Assert.Equal(1, await FeaturedCountAsync(seller));
    }

    [Fact]
    public async Task After_a_downgrade_featured_listings_stay_until_unfeatured_and_no_new_one_is_featured_while_over()
    {
        var seller = await SellerAsync("downgrader", "premium");
        var products = await ProductsAsync(seller, 4);
        var me = As(seller);
        foreach (var product in products.Take(3)) Assert.True((await FeatureAsync(me, product)).Succeeded);

        await _db.ScalarAsync<int>("UPDATE subscriptions SET tier = 'standard' WHERE user_id = $1 RETURNING 1", seller);

        Assert.Equal(3, await FeaturedCountAsync(seller));
        Assert.Equal("featured.limit_reached", (await FeatureAsync(me, products[3])).FirstError?.Code);
        Assert.True((await me.Get<FeaturedListings>().UnfeatureAsync(ListingKind.Product, products[0])).Succeeded);
        Assert.Equal("featured.limit_reached", (await FeatureAsync(me, products[3])).FirstError?.Code); // 2 featured, limit 1
        Assert.True((await me.Get<FeaturedListings>().UnfeatureAsync(ListingKind.Product, products[1])).Succeeded);
        Assert.Equal("featured.limit_reached", (await FeatureAsync(me, products[3])).FirstError?.Code); // 1 featured, limit 1
        Assert.True((await me.Get<FeaturedListings>().UnfeatureAsync(ListingKind.Product, products[2])).Succeeded);
        Assert.True((await FeatureAsync(me, products[3])).Succeeded);
        Assert.Equal(1, await FeaturedCountAsync(seller));
    }

    [Fact]
    public async Task Featuring_sets_featured_at_from_the_clock_and_unfeaturing_clears_it()
    {
        var seller = await SellerAsync("timed_seller", "standard");
        var product = await ProductAsync(seller);
        var me = As(seller);

        Assert.True((await FeatureAsync(me, product)).Succeeded);
        Assert.True(await _db.ScalarAsync<bool>("SELECT featured_at = $2 FROM products WHERE id = $1", product, Now));
        Assert.True((await me.Get<FeaturedListings>().UnfeatureAsync(ListingKind.Product, product)).Succeeded);
        Assert.True(await _db.ScalarAsync<bool>("SELECT featured_at IS NULL FROM products WHERE id = $1", product));
    }

    [Fact]
    public async Task Two_clicks_at_once_cannot_pass_the_limit()
    {
        var seller = await SellerAsync("double_clicker", "standard");
        for (var round = 0; round < 5; round++)
        {
            await _db.ExecuteAsync("UPDATE products SET is_featured = false, featured_at = NULL WHERE seller_id = $1", seller);
            var a = await ProductAsync(seller);
            var b = await ProductAsync(seller);
            var first = As(seller);
            var second = As(seller);

            var results = await Task.WhenAll(Task.Run(() => FeatureAsync(first, a)), Task.Run(() => FeatureAsync(second, b)));

            Assert.Equal(1, results.Count(r => r.Succeeded));
            Assert.Equal("featured.limit_reached", results.Single(r => !r.Succeeded).FirstError?.Code);
            Assert.Equal(1, await FeaturedCountAsync(seller));
        }
    }

    [Fact]
    public async Task A_draft_cannot_be_featured_and_another_sellers_listing_is_not_found()
    {
        var seller = await SellerAsync("drafter", "premium");
        var stranger = await SellerAsync("stranger", "premium");
        var draft = await ProductAsync(seller, "draft");
        var listed = await ProductAsync(seller);

        Assert.Equal("featured.not_listed", (await FeatureAsync(As(seller), draft)).FirstError?.Code);
        Assert.Equal("featured.listing_not_found", (await FeatureAsync(As(stranger), listed)).FirstError?.Code);
        Assert.Null(await As(stranger).Get<FeaturedListings>().StateAsync(ListingKind.Product, listed));
        Assert.Equal(0, await FeaturedCountAsync(seller));
    }

    [Theory]
    [InlineData("UPDATE products SET is_featured = true WHERE seller_id = {0}")]
    [InlineData("UPDATE products SET featured_at = now() WHERE seller_id = {0}")]
    [InlineData("UPDATE services SET is_featured = true WHERE seller_id = {0}")]
    [InlineData("INSERT INTO products (id, seller_id, title, slug, price, status, is_featured) VALUES (gen_random_uuid(), {0}, 'Sneaky', 'sneaky', 10, 'active', true)")]
    public async Task A_seller_writing_is_featured_past_the_function_is_refused_by_the_database(string sql)
    {
        var seller = await SellerAsync("sneaky_seller", "ultimate");
        await ProductAsync(seller);
        await As(seller).CreateActiveAsync(ServiceTestKit.Command("Sneaky service"));

        var refused = await AsSellerSqlAsync(seller, sql);

        Assert.Equal("42501", refused?.SqlState);
        Assert.Equal(0, await FeaturedCountAsync(seller));
    }

    private async Task<PostgresException?> AsSellerSqlAsync(Guid seller, string sql)
    {
        await using var db = As(seller).Contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        try
        {
            await db.Database.ExecuteSqlRawAsync(sql, seller);
            await transaction.CommitAsync();
            return null;
        }
        catch (PostgresException e)
        {
            return e;
        }
    }

    [Fact]
    public async Task An_admin_features_and_unfeatures_any_listing_past_the_sellers_limit()
    {
        var seller = await SellerAsync("basic_owner");
        var admin = await _db.CreateUserAsync("feature_admin", UserRole.Admin);
        var product = await ProductAsync(seller);
        var asAdmin = As(admin, UserRole.Admin);
        var service = await As(seller).CreateActiveAsync(ServiceTestKit.Command("Admin picked mixing"));

        Assert.True((await FeatureAsync(asAdmin, product)).Succeeded);
        Assert.True((await asAdmin.Get<FeaturedListings>().FeatureAsync(ListingKind.Service, service)).Succeeded);
        Assert.Equal(2, await FeaturedCountAsync(seller));
        var state = await asAdmin.Get<FeaturedListings>().StateAsync(ListingKind.Product, product);
        Assert.True(state is { IsFeatured: true, AsAdmin: true, Allowance: null });

        Assert.True((await asAdmin.Get<FeaturedListings>().UnfeatureAsync(ListingKind.Product, product)).Succeeded);
        Assert.Equal(1, await FeaturedCountAsync(seller));
        // The seller, on basic, may always unfeature what an admin featured.
        Assert.True((await As(seller).Get<FeaturedListings>().UnfeatureAsync(ListingKind.Service, service)).Succeeded);
        Assert.Equal(0, await FeaturedCountAsync(seller));
    }

    [Fact]
    public async Task The_sellers_list_reads_every_rows_state_at_once_and_only_for_their_own_listings()
    {
        var seller = await SellerAsync("list_seller", "standard");
        var other = await SellerAsync("list_other", "premium");
        var featured = await ProductAsync(seller);
        var draft = await ProductAsync(seller, status: "draft");
        var plain = await ProductAsync(seller);
        var theirs = await ProductAsync(other);
        Assert.True((await FeatureAsync(As(seller), featured)).Succeeded);

        var states = await As(seller).Get<FeaturedListings>().MyStatesAsync(ListingKind.Product, [featured, draft, plain, theirs, Guid.NewGuid()]);

        Assert.Equal([featured, draft, plain], states.Keys.Order());
        Assert.True(states[featured].IsFeatured);
        Assert.Equal("Publish this listing to feature it.", states[draft].WhyNot);
        Assert.False(states[plain].CanFeature);
        Assert.StartsWith("Your Standard plan features 1 listing at a time.", states[plain].WhyNot);
        Assert.All(states.Values, state => Assert.Equal("1 of 1 featured", state.Allowance!.CountText));
        Assert.Empty(await _db.Services(CurrentUser.Anonymous(), new FakeTimeProvider(Now)).Get<FeaturedListings>().MyStatesAsync(ListingKind.Product, [featured]));
    }

    [Fact]
    public async Task A_paused_featured_listing_keeps_its_place_and_the_seller_is_told_it_shows_nowhere()
    {
        var seller = await SellerAsync("pauser", "premium");
        var products = await ProductsAsync(seller, 3);
        var me = As(seller);
        foreach (var product in products) Assert.True((await FeatureAsync(me, product)).Succeeded);
        await _db.ScalarAsync<int>("UPDATE subscriptions SET tier = 'standard' WHERE user_id = $1 RETURNING 1", seller);

        Assert.True((await me.Get<ProductService>().PauseAsync(products[0])).Succeeded);

        // Decision 274: pausing keeps the place (a downgraded seller's grandfathered listings survive a pause), and says so.
        Assert.Equal(3, await FeaturedCountAsync(seller));
        var allowance = await me.Get<FeaturedListings>().MyAllowanceAsync();
        Assert.Equal((3, 1), (allowance!.Featured, allowance.NotShown));
        Assert.Equal("1 of them is off sale (paused), so not on show: it keeps its place until you unfeature it.", allowance.NotShownText);
        var states = await me.Get<FeaturedListings>().MyStatesAsync(ListingKind.Product, products);
        Assert.StartsWith("Featured, but not on show while it is off sale: publish it to show it again", states[products[0]].NotShown);
        Assert.Null(states[products[1]].NotShown);

        await _db.ExecuteAsync("UPDATE products SET file_urls = ARRAY['products/pack.zip'] WHERE id = $1", products[0]);
        Assert.True((await me.Get<ProductService>().PublishAsync(products[0])).Succeeded);
        Assert.True(await _db.ScalarAsync<bool>("SELECT is_featured FROM products WHERE id = $1", products[0])); // shown again
        Assert.Equal(0, (await me.Get<FeaturedListings>().MyAllowanceAsync())!.NotShown);
    }

    [Fact]
    public async Task An_admin_on_another_members_listing_off_sale_is_not_told_to_publish_it()
    {
        var seller = await SellerAsync("paused_owner", "premium");
        var admin = await _db.CreateUserAsync("looking_admin", UserRole.Admin);
        var paused = await ProductAsync(seller, "paused");

        var state = await As(admin, UserRole.Admin).Get<FeaturedListings>().StateAsync(ListingKind.Product, paused);
        var own = await As(seller).Get<FeaturedListings>().StateAsync(ListingKind.Product, paused);

        Assert.Equal("Not on sale: only a listing on sale can be featured, and only its seller can publish it.", state?.WhyNot);
        Assert.Equal("Publish this listing to feature it.", own?.WhyNot);
    }
}
