using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Seeding;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Seeding;

public sealed class BulkSeederWritesAConsistentCommunity : IAsyncLifetime
{
    private static readonly BulkSeedOptions Options = new() { Users = 300, Posts = 3000, FollowsPerUser = 20, Likes = 6000, Comments = 1500, Products = 400, Services = 100, Seed = 7 };
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private TestDb _db = null!;
    private string _schemaBefore = "";

    private const string SchemaFingerprint = """
        SELECT md5(string_agg(d, ';' ORDER BY d)) FROM (
          SELECT pg_get_indexdef(indexrelid) AS d FROM pg_index WHERE indrelid IN ('followers'::regclass, 'posts'::regclass, 'post_likes'::regclass, 'comments'::regclass, 'auth.users'::regclass, 'user_profiles'::regclass, 'products'::regclass, 'services'::regclass)
          UNION ALL SELECT conname::text || pg_get_constraintdef(oid) || convalidated::text FROM pg_constraint WHERE conrelid IN ('followers'::regclass, 'posts'::regclass, 'post_likes'::regclass, 'comments'::regclass, 'user_profiles'::regclass, 'products'::regclass, 'services'::regclass)
          UNION ALL SELECT tgname::text || tgenabled::text FROM pg_trigger WHERE NOT tgisinternal) t
        """;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _schemaBefore = (await _db.ScalarAsync<string>(SchemaFingerprint))!;
        var result = await new BulkSeeder(_db.OwnerConnectionString, NullLogger.Instance, Clock).SeedAsync(Options);
        Assert.True(result.Succeeded, result.FirstError?.Message);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task It_writes_the_requested_numbers_of_rows_with_a_profile_subscription_and_wallet_per_member()
    {
        Assert.Equal(300, await _db.ScalarAsync<long>("SELECT count(*) FROM auth.users"));
        Assert.Equal(300, await _db.ScalarAsync<long>("SELECT count(*) FROM user_profiles p JOIN subscriptions s USING (user_id) JOIN wallets w USING (user_id)"));
        Assert.Equal(300 * 20, await _db.ScalarAsync<long>("SELECT count(*) FROM followers"));
        Assert.Equal(3000, await _db.ScalarAsync<long>("SELECT count(*) FROM posts"));
        Assert.Equal(6000, await _db.ScalarAsync<long>("SELECT count(*) FROM post_likes"));
        Assert.Equal(1500, await _db.ScalarAsync<long>("SELECT count(*) FROM comments"));
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM followers WHERE follower_id = following_id"));
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM posts WHERE created_at > '2026-11-25 12:00Z' OR created_at < '2026-08-27 12:00Z'"));
        Assert.True(await _db.ScalarAsync<long>("SELECT count(*) FROM tags WHERE usage_count > 100") > 5);
    }

    [Fact]
    public async Task It_writes_listings_the_storefront_can_filter_with_their_sellers_counters()
    {
        Assert.Equal(400, await _db.ScalarAsync<long>("SELECT count(*) FROM products"));
        Assert.Equal(100, await _db.ScalarAsync<long>("SELECT count(*) FROM services"));
        Assert.True(await _db.ScalarAsync<long>("SELECT count(*) FROM products WHERE status = 'active'") > 300);
        Assert.Equal(0, await _db.ScalarAsync<long>("""
            SELECT count(*) FROM products
            WHERE (technical_details->>'bpm')::int NOT BETWEEN 20 AND 400 OR technical_details->>'key' IS NULL
               OR (is_free AND price <> 0) OR (NOT is_free AND price < 1)
               OR (allow_name_your_price AND (minimum_price IS NULL OR minimum_price > price))
               OR (license_type = 'custom' AND license_text IS NULL) OR slug <> lower(slug)
            """));
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM services WHERE jsonb_array_length(packages) NOT BETWEEN 1 AND 3"));
        Assert.True(await _db.ScalarAsync<long>("SELECT count(*) FROM services WHERE is_mentoring") > 0);
        Assert.True(await _db.ScalarAsync<long>("SELECT count(*) FROM products p WHERE p.search_vector @@ websearch_to_tsquery('english', 'beat')") > 0);
        Assert.Equal(0, await _db.ScalarAsync<long>("""
            SELECT count(*) FROM user_profiles p
            WHERE p.products_count <> (SELECT count(*) FROM products x WHERE x.seller_id = p.user_id AND x.status = 'active')
            """));
    }

    [Fact]
    public async Task Every_denormalized_counter_equals_the_rows_it_counts()
    {
        Assert.Equal(0, await _db.ScalarAsync<long>("""
            SELECT count(*) FROM user_profiles p
            WHERE p.followers_count <> (SELECT count(*) FROM followers f WHERE f.following_id = p.user_id)
               OR p.following_count <> (SELECT count(*) FROM followers f WHERE f.follower_id = p.user_id)
            """));
        Assert.Equal(0, await _db.ScalarAsync<long>("""
            SELECT count(*) FROM posts p
            WHERE p.likes_count <> (SELECT count(*) FROM post_likes l WHERE l.post_id = p.id)
               OR p.comments_count <> (SELECT count(*) FROM comments c WHERE c.post_id = p.id)
            """));
    }

    [Fact]
    public async Task Indexes_constraints_and_triggers_are_back_as_they_were()
    {
        Assert.Equal(_schemaBefore, await _db.ScalarAsync<string>(SchemaFingerprint));

        // The counter triggers work again after the load.
        var (a, b) = (await _db.ScalarAsync<Guid>("SELECT id FROM auth.users ORDER BY id LIMIT 1"), await _db.ScalarAsync<Guid>("SELECT id FROM auth.users ORDER BY id DESC LIMIT 1"));
        await _db.ScalarAsync<int>("DELETE FROM followers WHERE follower_id = $1 AND following_id = $2", b, a);
        var before = await _db.ScalarAsync<int>("SELECT followers_count FROM user_profiles WHERE user_id = $1", a);
        await _db.ScalarAsync<int>("INSERT INTO followers (follower_id, following_id) VALUES ($1, $2)", b, a);
        Assert.Equal(before + 1, await _db.ScalarAsync<int>("SELECT followers_count FROM user_profiles WHERE user_id = $1", a));
    }

    [Fact]
    public async Task The_same_seed_and_clock_write_the_same_rows_and_a_second_run_is_refused()
    {
        await using var other = await TestDatabase.CreateAsync();
        var result = await new BulkSeeder(other.OwnerConnectionString, NullLogger.Instance, Clock).SeedAsync(Options);
        Assert.True(result.Succeeded);
        const string Fingerprint = "SELECT md5(string_agg(id::text || user_id::text || content || created_at::text, ',' ORDER BY id)) FROM posts";
        Assert.Equal(await _db.ScalarAsync<string>(Fingerprint), await other.ScalarAsync<string>(Fingerprint));

        var again = await new BulkSeeder(_db.OwnerConnectionString, NullLogger.Instance, Clock).SeedAsync(Options);
        Assert.Equal("bulk.already_seeded", again.FirstError?.Code);
    }

    [Fact]
    public async Task A_bulk_member_signs_in_with_the_demo_password()
    {
        var hash = await _db.ScalarAsync<string>("SELECT password_hash FROM auth.users WHERE normalized_email = $1", BulkSeeder.Email(1).ToUpperInvariant());
        var hasher = new Microsoft.AspNetCore.Identity.PasswordHasher<Domain.Accounts.ApplicationUser>();
        Assert.NotEqual(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(new(), hash!, Seeder.DemoPassword));
    }
}
