using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>
/// Decision 128: a storefront page read from the listings is served again for <c>Marketplace:StorefrontCacheSeconds</c>,
/// until it expires or a command that changes listings empties the cache; a private seller, whose name depends on who
/// asks, is named for each member from that member's own view, kept until a follow between the two changes.
/// </summary>
public sealed class StorefrontPagesAreKeptUntilListingsChange : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> Kept = new() { ["Marketplace:StorefrontCacheSeconds"] = "15" };
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    private TestDb _db = null!;
    private Guid _seller;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("kept_seller");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<Guid> ListAsync(string title) =>
        _db.ScalarAsync<Guid>("""
            INSERT INTO products (seller_id, title, slug, description, price, technical_details, license_type, status, is_approved)
            VALUES ($1, $2, slugify($2), $2 || ' for producers', 20, '{}'::jsonb, 'personal', 'active', true) RETURNING id
            """, _seller, title);

    private static async Task<List<string>> TitlesAsync(TestServices services) =>
        (await services.Get<StorefrontQueries>().SearchAsync(new StorefrontFilter())).Items.Select(i => i.Title).Order().ToList();

    [Fact]
    public async Task A_page_asked_again_comes_from_the_cache_until_it_expires()
    {
        await ListAsync("Kept Beat");
        await using var visitor = _db.Services(clock: _clock, settings: Kept);
        Assert.Equal(["Kept Beat"], await TitlesAsync(visitor));

        await ListAsync("Later Beat"); // behind the cache's back: no command, no eviction
        Assert.Equal(["Kept Beat"], await TitlesAsync(visitor));

        _clock.Advance(TimeSpan.FromSeconds(16));
        Assert.Equal(["Kept Beat", "Later Beat"], await TitlesAsync(visitor));
    }

    [Fact]
    public async Task A_command_that_changes_a_listing_empties_the_cache_at_once()
    {
        var beat = await ListAsync("Paused Soon Beat");
        await ListAsync("Staying Beat");
        await using var seller = _db.Services(CurrentUser.For(_seller), _clock, Kept);
        Assert.Equal(["Paused Soon Beat", "Staying Beat"], await TitlesAsync(seller));

        Assert.True((await seller.Get<ProductService>().PauseAsync(beat)).Succeeded);

        Assert.Equal(["Staying Beat"], await TitlesAsync(seller));
    }

    [Theory]
    [InlineData("public")]
    [InlineData("members_only")]
    public async Task A_page_whose_sellers_read_alike_for_every_member_is_kept_whole(string visibility)
    {
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = $2 WHERE user_id = $1", _seller, visibility);
        await ListAsync("Named Beat");
        var member = await _db.CreateUserAsync("kept_member");
        await using var asMember = _db.Services(CurrentUser.For(member), _clock, Kept);
        await TitlesAsync(asMember);

        await _db.ExecuteAsync("UPDATE user_profiles SET display_name = 'Renamed Seller' WHERE user_id = $1", _seller);
        var page = await asMember.Get<StorefrontQueries>().SearchAsync(new StorefrontFilter());

        // A public seller's name reads the same for everyone and a members-only one for every member, so the whole page
        // was kept (a profile command would have emptied it).
        Assert.NotEqual("Renamed Seller", Assert.Single(page.Items).Seller.Name);
    }

    [Fact]
    public async Task A_private_seller_is_named_only_for_the_members_who_may_see_them_and_a_follow_change_shows_at_once()
    {
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private', display_name = 'Private Seller' WHERE user_id = $1", _seller);
        await ListAsync("Private Beat");
        var friend = await _db.CreateUserAsync("kept_friend");
        var stranger = await _db.CreateUserAsync("kept_stranger");
        await _db.ExecuteAsync("INSERT INTO followers (follower_id, following_id) VALUES ($1, $2), ($2, $1)", friend, _seller);
        // One cache for the three callers, as in the web app.
        var cache = new StorefrontCache(Options.Create(new MarketplaceOptions { StorefrontCacheSeconds = 15 }), _clock);
        await using var asFriend = _db.Services(CurrentUser.For(friend), _clock, Kept, s => s.AddSingleton(cache));
        await using var asStranger = _db.Services(CurrentUser.For(stranger), _clock, Kept, s => s.AddSingleton(cache));
        await using var asSeller = _db.Services(CurrentUser.For(_seller), _clock, Kept, s => s.AddSingleton(cache));
        async Task<string> SellerNameFor(TestServices caller) =>
            Assert.Single((await caller.Get<StorefrontQueries>().SearchAsync(new StorefrontFilter())).Items).Seller.Name;

        Assert.Equal("Private Seller", await SellerNameFor(asFriend));
        Assert.Equal("A member", await SellerNameFor(asStranger)); // the page the friend read, without the friend's view of the seller

        await _db.ExecuteAsync("UPDATE user_profiles SET display_name = 'Renamed Seller' WHERE user_id = $1", _seller);
        Assert.Equal("Private Seller", await SellerNameFor(asFriend)); // kept for the friend: behind the cache's back

        Assert.True((await asSeller.Get<FollowService>().UnfollowAsync(friend)).Succeeded);
        Assert.Equal("A member", await SellerNameFor(asFriend)); // no longer connected: hidden at once

        Assert.True((await asSeller.Get<FollowService>().FollowAsync(stranger)).Succeeded);
        Assert.True((await asStranger.Get<FollowService>().FollowAsync(_seller)).Succeeded);
        Assert.Equal("Renamed Seller", await SellerNameFor(asStranger)); // connected now: named at once
    }

    [Fact]
    public async Task A_visitors_page_is_kept_whole_even_with_a_members_only_seller()
    {
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'members_only' WHERE user_id = $1", _seller);
        await ListAsync("Members Beat");
        await using var visitor = _db.Services(clock: _clock, settings: Kept);
        var first = await visitor.Get<StorefrontQueries>().SearchAsync(new StorefrontFilter());

        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'public', display_name = 'Renamed Seller' WHERE user_id = $1", _seller);
        var again = await visitor.Get<StorefrontQueries>().SearchAsync(new StorefrontFilter());

        Assert.Equal("A member", Assert.Single(first.Items).Seller.Name);
        Assert.Equal("A member", Assert.Single(again.Items).Seller.Name);
    }

    [Fact]
    public async Task A_page_read_while_the_cache_is_emptied_is_not_kept()
    {
        await using var services = _db.Services(clock: _clock, settings: Kept);
        var cache = services.Get<StorefrontCache>();
        var before = cache.Generation;

        cache.Evict(); // a command committed while the page was being read
        cache.Keep("page", new object(), before);

        Assert.False(cache.TryGet<object>("page", out _));
        cache.Keep("page", new object(), cache.Generation);
        Assert.True(cache.TryGet<object>("page", out _));
    }

    [Fact]
    public async Task Without_a_lifetime_nothing_is_kept()
    {
        await ListAsync("Fresh Beat");
        await using var visitor = _db.Services(clock: _clock, settings: new Dictionary<string, string?> { ["Marketplace:StorefrontCacheSeconds"] = "0" });
        Assert.Equal(["Fresh Beat"], await TitlesAsync(visitor));

        await ListAsync("Fresher Beat");

        Assert.Equal(["Fresh Beat", "Fresher Beat"], await TitlesAsync(visitor));
    }
}
