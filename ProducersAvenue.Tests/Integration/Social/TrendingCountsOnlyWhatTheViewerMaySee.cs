using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// Trending tags and a tag's post count come from the posts the viewer may see: a private author's, a members-only
/// author's (for a signed-out visitor), a hidden and a banned member's hashtags never show up, nor are counted.
/// </summary>
public sealed class TrendingCountsOnlyWhatTheViewerMaySee : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _friendOfHermit;
    private Guid _open;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var now = SocialTestKit.Start;
        var open = _open = await _db.CreateUserAsync("open");
        var hermit = await _db.CreateUserAsync("hermit");
        var insider = await _db.CreateUserAsync("insider");
        var outlaw = await _db.CreateUserAsync("outlaw");
        _friendOfHermit = await _db.CreateUserAsync("friend");
        await _db.As(_friendOfHermit).FollowAsync(hermit);
        await _db.As(hermit).FollowAsync(_friendOfHermit);
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = $1", hermit);
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'members_only' WHERE user_id = $1", insider);
        await _db.ExecuteAsync("UPDATE user_profiles SET is_banned = true WHERE user_id = $1", outlaw);

        await _db.InsertPostAsync(open, "#shared #public", now.AddHours(-1));
        await _db.InsertPostAsync(hermit, "#shared #secretplan", now.AddHours(-1));
        await _db.InsertPostAsync(insider, "#shared #insiders", now.AddHours(-1));
        await _db.InsertPostAsync(open, "#shared #spam", now.AddHours(-1), hidden: true);
        await _db.InsertPostAsync(outlaw, "#shared #contraband", now.AddHours(-1));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_signed_out_visitor_sees_only_tags_of_public_visible_posts_counted_once()
    {
        var trending = await _db.Anonymous().Get<TagService>().TrendingAsync();

        Assert.Equal(["public", "shared"], trending.Select(t => t.Slug).Order());
        Assert.All(trending, t => Assert.Equal(1, t.UsageCount));
        Assert.Equal(1, (await _db.Anonymous().Get<TagService>().FindAsync("shared"))?.PostCount);
        Assert.Null(await _db.Anonymous().Get<TagService>().FindAsync("secretplan"));
    }

    [Fact]
    public async Task A_member_also_sees_members_only_tags_and_a_connection_the_private_ones()
    {
        var member = await _db.As(await _db.CreateUserAsync("member")).Get<TagService>().TrendingAsync();
        var friend = await _db.As(_friendOfHermit).Get<TagService>().TrendingAsync();

        Assert.Equal(["insiders", "public", "shared"], member.Select(t => t.Slug).Order());
        Assert.Equal(2, member.Single(t => t.Slug == "shared").UsageCount);
        Assert.Equal(["insiders", "public", "secretplan", "shared"], friend.Select(t => t.Slug).Order());
        Assert.Equal(3, friend.Single(t => t.Slug == "shared").UsageCount);
    }

    [Fact]
    public async Task An_admin_sees_every_tag()
    {
        var admin = await _db.CreateUserAsync("boss", UserRole.Admin);
        var trending = await _db.As(admin, UserRole.Admin).Get<TagService>().TrendingAsync();

        Assert.Equal(["contraband", "insiders", "public", "secretplan", "shared", "spam"], trending.Select(t => t.Slug).Order());
    }

    [Fact]
    public async Task Each_viewer_keeps_their_own_trending_for_a_while()
    {
        using var cache = new TrendingTagsCache(Options.Create(new SocialOptions { TrendingCacheSeconds = 60 }));
        var anonymous = TagsFor(_db.Anonymous(), cache);
        var friend = TagsFor(_db.As(_friendOfHermit), cache);

        Assert.DoesNotContain("secretplan", (await anonymous.TrendingAsync()).Select(t => t.Slug));
        Assert.Contains("secretplan", (await friend.TrendingAsync()).Select(t => t.Slug));
        await _db.InsertPostAsync(_open, "#fresh", SocialTestKit.Start.AddMinutes(-1));

        Assert.DoesNotContain("fresh", (await anonymous.TrendingAsync()).Select(t => t.Slug));
        using var uncached = new TrendingTagsCache(Options.Create(new SocialOptions { TrendingCacheSeconds = 0 }));
        Assert.Contains("fresh", (await TagsFor(_db.Anonymous(), uncached).TrendingAsync()).Select(t => t.Slug));
    }

    private static TagService TagsFor(TestServices services, TrendingTagsCache cache) =>
        new(services.Get<IDbContextFactory<AppDbContext>>(), services.Get<ICurrentUser>(), services.Get<TimeProvider>(),
            services.Get<IOptions<SocialOptions>>(), cache, services.Get<PublicTagCounts>());

    [Fact]
    public async Task A_tag_page_counts_its_posts_up_to_the_cap()
    {
        var member = await _db.CreateUserAsync("counter");
        var exact = await _db.As(member).Get<TagService>().FindAsync("shared");
        var capped = await _db.As(member, settings: new Dictionary<string, string?> { ["Social:TagCountCap"] = "1" })
            .Get<TagService>().FindAsync("shared");

        Assert.Equal((2, false, "2 posts"), (exact!.PostCount, exact.AtLeast, exact.PostCountText));
        Assert.Equal((1, true, "1+ posts"), (capped!.PostCount, capped.AtLeast, capped.PostCountText));
    }
}
