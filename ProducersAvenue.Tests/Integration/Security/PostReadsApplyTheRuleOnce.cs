using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Support.Fakes;

namespace ProducersAvenue.Tests.Integration.Security;

/// <summary>
/// Decision 132: the services read posts through <c>visible_posts</c>, the posts policy's rule as a view, so a statement
/// applies the rule once. Before, each read wrote the rule itself (an anti-join against <c>profile_restrictions</c>) and
/// the table's policy applied it a second time; the comment tree paid for it three times.
/// </summary>
public sealed class PostReadsApplyTheRuleOnce : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _viewer, _connection, _stranger, _blocker, _public, _post;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _viewer = await _db.CreateUserAsync("ro_viewer");
        _connection = await _db.CreateUserAsync("ro_connection");
        _stranger = await _db.CreateUserAsync("ro_stranger");
        _blocker = await _db.CreateUserAsync("ro_blocker");
        _public = await _db.CreateUserAsync("ro_public");
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = ANY($1)", new[] { _connection, _stranger });
        foreach (var followed in new[] { _connection, _stranger, _blocker, _public })
            await _db.As(_viewer).FollowAsync(followed);
        await _db.As(_connection).FollowAsync(_viewer);
        await _db.ExecuteAsync("INSERT INTO user_blocks (blocker_id, blocked_id) VALUES ($1, $2)", _blocker, _viewer);
        foreach (var author in new[] { _connection, _stranger, _blocker })
            await _db.InsertPostAsync(author, $"a #lofi loop by {author}", SocialTestKit.Start);
        _post = await _db.InsertPostAsync(_public, "a #lofi loop with comments", SocialTestKit.Start);
        await _db.As(_connection).Get<CommentService>().AddAsync(_post, "nice loop");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Feeds_a_post_and_its_comments_read_posts_through_the_view_and_show_only_what_the_viewer_may_see()
    {
        var recorder = new RecordingCommandInterceptor();
        var services = _db.AsWithInterceptor(_viewer, recorder);
        var feeds = services.Get<FeedService>();

        var home = await feeds.HomeAsync();
        var explore = await feeds.ExploreAsync();
        var tag = await feeds.TagAsync("lofi");
        var search = await services.Get<SearchService>().PostsAsync("loop");
        var post = await feeds.GetAsync(_post);
        var comments = await services.Get<CommentService>().TreeAsync(_post);
        var strangersProfile = await feeds.ProfileAsync(_stranger);

        // The connection's private post and the public one; not the one-way stranger's, not the blocker's.
        Guid[] visible = [_connection, _public];
        foreach (var page in new[] { home, explore, tag, search })
            Assert.Equal(visible.Order(), page.Items.Select(p => p.Author.UserId).Order());
        Assert.NotNull(post);
        Assert.Equal("nice loop", Assert.Single(comments).Content);
        Assert.Empty(strangersProfile.Items);

        // The comment tree and the post page's count of it read through visible_comments, which joins visible_posts (decision 137).
        var postReads = recorder.Commands.Where(sql => sql.Contains("visible_posts") || sql.Contains("visible_comments") || sql.Contains("FROM posts")).ToList();
        Assert.True(postReads.Count >= 8, $"{postReads.Count} commands read posts");
        Assert.Equal(2, postReads.Count(sql => sql.Contains("visible_comments")));
        Assert.All(postReads, sql =>
        {
            Assert.True(sql.Contains("visible_posts") || sql.Contains("visible_comments"), sql);
            Assert.DoesNotContain("FROM posts", sql);
            Assert.DoesNotContain("FROM comments", sql);
            Assert.DoesNotContain("profile_restrictions", sql);
            // Authors' and commenters' names come from member_cards (decision 133), not through the profiles' policy.
            Assert.DoesNotContain("user_profiles", sql);
        });
    }
}
