using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Seeding;
using ProducersAvenue.Domain.Taxonomy;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Seeding;

/// <summary>
/// The demo community as <c>./run.sh</c> seeds it, read from the <see cref="SeededDemo"/> its collection shares (the last
/// test seeds it again and finds nothing added).
/// </summary>
[Collection(SeededDemoCollection.Name)]
public sealed class DemoCommunityIsSeededIntoAnEmptyDatabase(SeededDemo demo)
{
    private readonly TestDb _db = demo.Db;

    [Fact]
    public async Task The_three_demo_logins_and_the_generated_members_exist_with_one_shared_password_hash()
    {
        await using var db = _db.Context();
        Assert.Equal(DemoAvatar.Count, await db.Users.CountAsync());
        Assert.Equal(1, await db.Users.Select(u => u.PasswordHash).Distinct().CountAsync());
        Assert.Equal(UserRole.Admin, await db.UserProfiles.Where(p => p.Username == "avenue_admin").Select(p => p.Role).SingleAsync());
        Assert.Equal("seller@producersavenue.test", await db.Users.Where(u => u.UserName == "nova_beats").Select(u => u.Email).SingleAsync());
        Assert.Equal("member@producersavenue.test", await db.Users.Where(u => u.UserName == "lena_keys").Select(u => u.Email).SingleAsync());
    }

    [Fact]
    public async Task The_demo_products_are_on_sale_with_covers_and_counted_on_their_sellers_profiles()
    {
        Assert.Equal(DemoProducts.All.Count, await _db.ScalarAsync<long>("SELECT count(*) FROM products"));
        // On sale, but for the exclusive licences the demo's money sold (a sold exclusive leaves the market).
        Assert.Equal(0, await _db.ScalarAsync<long>("""
            SELECT count(*) FROM products p WHERE NOT (p.status = 'active' AND p.is_approved)
              AND NOT EXISTS (SELECT 1 FROM product_acquisitions a WHERE a.product_id = p.id AND a.license_type = 'exclusive')
            """));
        // Each cover is its seller's own stored upload, as a seller's would be (a raster image: link readers show it).
        Assert.Equal(0, await _db.ScalarAsync<long>("""
            SELECT count(*) FROM products
            WHERE thumbnail_url NOT LIKE '/files/products/' || replace(seller_id::text, '-', '') || '/%' OR category_id IS NULL
            """));
        Assert.Equal(DemoProducts.All.Count, await _db.ScalarAsync<long>("SELECT count(DISTINCT thumbnail_url) FROM products"));
        Assert.Equal(0, await _db.ScalarAsync<long>(
            "SELECT count(*) FROM user_profiles u WHERE products_count <> (SELECT count(*) FROM products p WHERE p.seller_id = u.user_id AND p.status = 'active' AND p.is_approved)"));
        Assert.True(await _db.ScalarAsync<long>("SELECT products_count FROM user_profiles WHERE username = 'nova_beats'") > 20);
        Assert.Equal(0, await _db.ScalarAsync<long>(
            "SELECT count(*) FROM products p WHERE NOT p.genre_tags <@ ARRAY(SELECT slug FROM genres)::text[] OR cardinality(p.genre_tags) = 0"));
        Assert.True(await _db.ScalarAsync<int>("SELECT usage_count FROM tags WHERE slug = 'trap'") > 0);
    }

    [Fact]
    public async Task The_demo_password_signs_in_through_the_hasher()
    {
        await using var db = _db.Context();
        var user = await db.Users.SingleAsync(u => u.UserName == "lena_keys");
        var hasher = new Microsoft.AspNetCore.Identity.PasswordHasher<Domain.Accounts.ApplicationUser>();
        Assert.NotEqual(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(user, user.PasswordHash!, Seeder.DemoPassword));
    }

    [Fact]
    public async Task Profiles_are_filled_in_with_mixed_visibilities_and_generated_avatars()
    {
        await using var db = _db.Context();
        var profiles = await db.UserProfiles.ToListAsync();
        Assert.All(profiles, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.DisplayName));
            Assert.False(string.IsNullOrWhiteSpace(p.Bio));
            Assert.NotNull(p.ExperienceLevel);
            Assert.NotNull(p.LocationCity);
            Assert.NotNull(p.LocationCoords);
            Assert.StartsWith("/assets/avatars/", p.AvatarUrl);
        });
        Assert.Contains(profiles, p => p.ProfileVisibility == ProfileVisibility.Private);
        Assert.Contains(profiles, p => p.ProfileVisibility == ProfileVisibility.MembersOnly);
        Assert.Equal(4, profiles.Select(p => p.LocationVisibility).Distinct().Count());
        Assert.Equal(profiles.Count, await db.UserSkills.Select(s => s.UserId).Distinct().CountAsync());
        Assert.Equal(profiles.Count, await db.UserGenres.Select(s => s.UserId).Distinct().CountAsync());
        Assert.Equal(profiles.Count, await db.UserCategories.Select(s => s.UserId).Distinct().CountAsync());
    }

    [Fact]
    public async Task Follows_include_mutual_pairs_and_the_counters_match_the_rows()
    {
        Assert.True(await _db.ScalarAsync<long>("SELECT count(*) FROM followers a JOIN followers b ON a.follower_id = b.following_id AND a.following_id = b.follower_id") >= 4);
        Assert.Equal(0, await _db.ScalarAsync<long>("""
            SELECT count(*) FROM user_profiles p
            WHERE p.followers_count <> (SELECT count(*) FROM followers f WHERE f.following_id = p.user_id)
               OR p.following_count <> (SELECT count(*) FROM followers f WHERE f.follower_id = p.user_id)
            """));
        Assert.True(await _db.ScalarAsync<long>("SELECT following_count FROM user_profiles WHERE username = 'lena_keys'") >= 10);
    }

    [Fact]
    public async Task The_feed_has_posts_with_hashtags_likes_and_comments()
    {
        await using var db = _db.Context();
        Assert.True(await db.Posts.CountAsync() >= 40);
        Assert.True(await db.Posts.AllAsync(p => p.Content!.Contains("#")));
        Assert.True(await db.PostLikes.CountAsync() > 50);
        Assert.True(await db.Comments.AnyAsync(c => c.ParentCommentId != null));
        Assert.True(await db.Tags.AnyAsync(t => t.UsageCount > 1));
        Assert.Equal(0, await _db.ScalarAsync<long>("""
            SELECT count(*) FROM posts p
            WHERE p.likes_count <> (SELECT count(*) FROM post_likes l WHERE l.post_id = p.id)
               OR p.comments_count <> (SELECT count(*) FROM comments c WHERE c.post_id = p.id)
            """));
    }

    [Fact]
    public async Task Custom_field_requests_below_the_thresholds_stay_pending()
    {
        await using var db = _db.Context();
        var requests = await db.CustomFieldRequests.ToListAsync();
        Assert.Contains(requests, r => r.FieldType == CustomFieldType.Skill);
        Assert.Contains(requests, r => r.FieldType == CustomFieldType.Genre);
        Assert.Contains(requests, r => r.FieldType == CustomFieldType.Category);
        Assert.All(requests, r => Assert.Equal(CustomFieldStatus.Pending, r.Status));
        Assert.All(requests, r => Assert.Equal(r.RequestedBy.Length, r.RequestCount));
    }

    [Fact]
    public async Task Seeding_the_demo_again_adds_nothing()
    {
        var before = await _db.ScalarAsync<long>("SELECT (SELECT count(*) FROM auth.users) + (SELECT count(*) FROM posts) + (SELECT count(*) FROM followers)");
        await _db.OwnerServices().Seeder.SeedDemoAsync();
        Assert.Equal(before, await _db.ScalarAsync<long>("SELECT (SELECT count(*) FROM auth.users) + (SELECT count(*) FROM posts) + (SELECT count(*) FROM followers)"));
    }
}
