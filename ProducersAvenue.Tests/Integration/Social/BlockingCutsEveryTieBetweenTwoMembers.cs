using Microsoft.EntityFrameworkCore;
using Npgsql;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>Block (decision 205): no follows, comments, mentions, posts or profile content between the two, whoever blocked.</summary>
public sealed class BlockingCutsEveryTieBetweenTwoMembers : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task BlockAsync(Guid blocker, Guid blocked) =>
        Assert.True((await _db.As(blocker).Get<BlockService>().BlockAsync(blocked)).Succeeded);

    [Fact]
    public async Task Blocking_ends_the_follows_both_ways_and_the_counters_follow()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        await _db.As(ana).FollowAsync(bob);
        await _db.As(bob).FollowAsync(ana);

        await BlockAsync(bob, ana);

        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM followers"));
        Assert.Equal(0, await _db.ScalarAsync<int>("SELECT followers_count + following_count FROM user_profiles WHERE user_id = $1", ana));
        Assert.Equal(0, await _db.ScalarAsync<int>("SELECT followers_count + following_count FROM user_profiles WHERE user_id = $1", bob));
    }

    [Fact]
    public async Task Blocking_takes_the_social_notifications_between_the_two_away_both_ways_and_keeps_the_rest()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var cyril = await _db.CreateUserAsync("cyril");
        await _db.As(ana).FollowAsync(bob);
        await _db.As(bob).FollowAsync(ana);
        await _db.As(cyril).FollowAsync(bob);
        await _db.As(ana).PostAsync("shout out to @bob");
        await _db.ExecuteAsync(
            "INSERT INTO notifications (id, user_id, type, title, actor_id) VALUES (gen_random_uuid(), $1, 'order', 'Your order was delivered', $2)", bob, ana);

        await BlockAsync(ana, bob);

        var left = await _db.ListAsync<string>(
            "SELECT n.type || ':' || a.username || '>' || u.username FROM notifications n JOIN user_profiles a ON a.user_id = n.actor_id JOIN user_profiles u ON u.user_id = n.user_id ORDER BY 1");
        Assert.Equal(["follow:cyril>bob", "order:ana>bob"], left); // "ana followed you", "bob followed you" and the mention are gone
    }

    [Fact]
    public async Task Neither_member_can_follow_the_other_in_the_service_or_behind_it()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        await BlockAsync(bob, ana);

        Assert.Equal(SocialErrors.FollowBlocked, (await _db.As(ana).Get<FollowService>().FollowAsync(bob)).FirstError);
        Assert.Equal(SocialErrors.FollowBlocked, (await _db.As(bob).Get<FollowService>().FollowAsync(ana)).FirstError);

        // Row Level Security refuses the blocked member's own INSERT (app_blocked_with reads the block they cannot see).
        await using var db = await _db.As(ana).Contexts.CreateDbContextAsync();
        var refused = await Assert.ThrowsAsync<PostgresException>(() =>
            db.Database.ExecuteSqlInterpolatedAsync($"INSERT INTO followers (follower_id, following_id) VALUES ({ana}, {bob})"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM followers"));
    }

    [Fact]
    public async Task The_blocked_member_cannot_comment_on_the_blockers_posts_nor_answer_their_comments()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var cy = await _db.CreateUserAsync("cy");
        var bobsPost = await _db.As(bob).PostAsync("new beat out");
        var cysPost = await _db.As(cy).PostAsync("open thread");
        var bobsComment = (await _db.As(bob).Get<CommentService>().AddAsync(cysPost, "mine is up too")).Value;

        await BlockAsync(bob, ana);

        var comments = _db.As(ana).Get<CommentService>();
        Assert.Equal(SocialErrors.PostNotFound, (await comments.AddAsync(bobsPost, "let me in")).FirstError);
        Assert.Equal(SocialErrors.CommentNotFound, (await comments.AddAsync(cysPost, "@bob hey", bobsComment)).FirstError);
        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT count(*) FROM comments"));
        // The other's comments under a third member's post are not shown either.
        Assert.Empty(await comments.TreeAsync(cysPost));
        Assert.Single(await _db.As(cy).Get<CommentService>().TreeAsync(cysPost));
    }

    [Fact]
    public async Task A_mention_of_a_block_partner_is_refused_both_ways_and_one_written_before_the_block_notifies_nobody()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var cy = await _db.CreateUserAsync("cyd");
        var cysPost = await _db.As(cy).PostAsync("open thread");
        var before = await _db.As(ana).PostAsync("first shout out to @cyd and @bob");
        await _db.ExecuteAsync("DELETE FROM notifications");
        await BlockAsync(bob, ana);

        // The block dialog says neither can mention the other: the post and the comment are refused at the text.
        var posted = await _db.As(ana).Get<PostService>().CreateAsync(new CreatePostCommand { Content = "shout out to @bob and @cyd" });
        Assert.Equal(SocialErrors.MentionBlocked("bob"), posted.FirstError);
        Assert.Equal("Content", posted.FirstError!.Field);
        Assert.Equal(SocialErrors.MentionBlocked("ana"),
            (await _db.As(bob).Get<CommentService>().AddAsync(cysPost, "@ana you should hear this")).FirstError);
        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT count(*) FROM posts WHERE user_id = $1", ana));
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM comments"));

        // A post written before the block keeps its mention through an edit, and tells nobody again.
        Assert.True((await _db.As(ana).Get<PostService>().EditAsync(before, "first shout out to @bob and @cyd, edited")).Succeeded);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1", bob));
    }

    [Fact]
    public async Task Posts_leave_every_feed_both_ways_and_come_back_on_unblock()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        var bobsPost = await _db.As(bob).PostAsync("bob's #loops");
        var anasPost = await _db.As(ana).PostAsync("ana's #loops");
        await _db.As(ana).FollowAsync(bob);

        await BlockAsync(bob, ana);

        var anaFeeds = _db.As(ana).Get<FeedService>();
        Assert.DoesNotContain(bobsPost, (await anaFeeds.HomeAsync()).Items.Select(p => p.Id));
        Assert.DoesNotContain(bobsPost, (await anaFeeds.ExploreAsync()).Items.Select(p => p.Id));
        Assert.DoesNotContain(bobsPost, (await anaFeeds.TagAsync("loops")).Items.Select(p => p.Id));
        Assert.Empty((await anaFeeds.ProfileAsync(bob)).Items);
        Assert.Null(await anaFeeds.GetAsync(bobsPost));
        // The blocker does not see the blocked member's posts either.
        var bobFeeds = _db.As(bob).Get<FeedService>();
        Assert.DoesNotContain(anasPost, (await bobFeeds.ExploreAsync()).Items.Select(p => p.Id));
        Assert.Empty((await bobFeeds.ProfileAsync(ana)).Items);
        // Others are not affected.
        Assert.Equal(2, (await _db.Anonymous().Get<FeedService>().ExploreAsync()).Items.Count);

        Assert.True((await _db.As(bob).Get<BlockService>().UnblockAsync(ana)).Succeeded);
        Assert.Contains(bobsPost, (await _db.As(ana).Get<FeedService>().ExploreAsync()).Items.Select(p => p.Id));
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM followers"));
    }

    [Fact]
    public async Task Each_sees_only_the_others_name_on_the_profile()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        await BlockAsync(bob, ana);

        var seenByAna = await _db.As(ana).Get<ProfileService>().GetProfileAsync("bob");
        Assert.Equal(ProfileAccess.Blocked, seenByAna.Access);
        Assert.Null(seenByAna.Profile);
        Assert.Equal("bob", seenByAna.Name);
        Assert.False(seenByAna.BlockedByViewer);

        var seenByBob = await _db.As(bob).Get<ProfileService>().GetProfileAsync("ana");
        Assert.Equal(ProfileAccess.Blocked, seenByBob.Access);
        Assert.True(seenByBob.BlockedByViewer);
        Assert.Equal(ProfileAccess.Found, (await _db.Anonymous().Get<ProfileService>().GetProfileAsync("bob")).Access);
    }

    [Fact]
    public async Task The_blockers_list_shows_the_block_and_the_blocked_member_cannot_read_it()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bob = await _db.CreateUserAsync("bob");
        await BlockAsync(bob, ana);
        Assert.Equal(SocialErrors.CannotBlockSelf, (await _db.As(bob).Get<BlockService>().BlockAsync(bob)).FirstError);

        var list = (await _db.As(bob).Get<BlockService>().ListAsync()).Members;
        var row = Assert.Single(list);
        Assert.True(row.IsBlock);
        Assert.Equal("ana", row.Member.Username);
        Assert.Empty((await _db.As(ana).Get<BlockService>().ListAsync()).Members);
        Assert.False(await _db.As(ana).Get<BlockService>().IsBlockedAsync(bob));
        await using var db = await _db.As(ana).Contexts.CreateDbContextAsync();
        Assert.Equal(0, await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM user_blocks").SingleAsync());
    }
}
