using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>
/// A market search names the sellers whose names match it (<see cref="StorefrontSellers"/>): listings are found by their
/// own words, so "nova" finds nova_beats' shop only here. Only members with something on sale, only profiles the viewer may
/// see, never across a block.
/// </summary>
public sealed class MarketSearchNamesTheSellers : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _shopper, _nova, _drafts, _private;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _shopper = await _db.CreateUserAsync("shopper");
        _nova = await _db.CreateUserAsync("nova_sounds");
        await _db.ExecuteAsync("UPDATE user_profiles SET display_name = 'Aurora Nights', followers_count = 5 WHERE user_id = $1", _nova);
        await ListAsync(_nova, "Night Drive", "active");
        await ListAsync(_nova, "Dawn Loops", "active");
        await _db.ExecuteAsync("""
            INSERT INTO services (seller_id, title, slug, service_type, status, packages)
            VALUES ($1, 'Nova Mixing', 'nova-mixing', 'mixing', 'active',
                    '[{"name": "Basic", "price": 40, "delivery_days": 3, "revisions": 2, "features": []}]'::jsonb)
            """, _nova);
        _drafts = await _db.CreateUserAsync("nova_drafts");
        await ListAsync(_drafts, "Unfinished", "draft");
        await _db.CreateUserAsync("nova_listens"); // sells nothing
        _private = await _db.CreateUserAsync("nova_private");
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = $1", _private);
        await ListAsync(_private, "Hidden Gem", "active");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task ListAsync(Guid seller, string title, string status) => _db.ExecuteAsync("""
        INSERT INTO products (seller_id, title, slug, price, status, is_approved) VALUES ($1, $2, lower(replace($2, ' ', '-')), 10, $3, true)
        """, seller, title, status);

    private async Task<string[]> NamedAsync(Guid viewer, string q) =>
        [.. (await _db.As(viewer).Get<StorefrontSellers>().MatchingAsync(q)).Select(s => s.Seller.Username)];

    [Fact]
    public async Task A_username_or_display_name_names_a_seller_with_what_they_have_on_sale()
    {
        var named = Assert.Single(await _db.As(_shopper).Get<StorefrontSellers>().MatchingAsync("@nova"));
        Assert.Equal(("nova_sounds", "Aurora Nights", 2, 1), (named.Seller.Username, named.Seller.Name, named.Products, named.Services));
        Assert.Equal(["nova_sounds"], await NamedAsync(_shopper, "aurora"));
        Assert.Empty(await NamedAsync(_shopper, "night drive")); // a listing's words find listings, not sellers
    }

    [Fact]
    public async Task Members_with_nothing_on_sale_and_private_profiles_are_left_out_until_connected()
    {
        Assert.Equal(["nova_sounds"], await NamedAsync(_shopper, "nova"));

        await _db.ExecuteAsync("INSERT INTO followers (follower_id, following_id) VALUES ($1, $2), ($2, $1)", _shopper, _private);
        Assert.Equal(["nova_private", "nova_sounds"], (await NamedAsync(_shopper, "nova")).Order());
    }

    [Fact]
    public async Task A_block_hides_the_seller_either_way_and_a_ban_for_everyone()
    {
        await _db.ExecuteAsync("INSERT INTO user_blocks (blocker_id, blocked_id) VALUES ($1, $2)", _nova, _shopper);
        Assert.Empty(await NamedAsync(_shopper, "nova"));

        await _db.ExecuteAsync("DELETE FROM user_blocks");
        await _db.ExecuteAsync("UPDATE user_profiles SET is_banned = true WHERE user_id = $1", _nova);
        Assert.Empty(await _db.Anonymous().Get<StorefrontSellers>().MatchingAsync("nova"));
    }

    [Fact]
    public async Task Wildcards_are_typed_text()
    {
        Assert.Empty(await NamedAsync(_shopper, "%"));
        Assert.Empty(await NamedAsync(_shopper, "nova%sounds"));
        Assert.Equal(["nova_sounds"], await NamedAsync(_shopper, "nova_s"));
        Assert.Empty(await NamedAsync(_shopper, "   "));
    }
}
