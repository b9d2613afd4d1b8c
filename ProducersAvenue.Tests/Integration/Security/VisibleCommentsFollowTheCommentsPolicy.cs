using Npgsql;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Security;

/// <summary>
/// Decision 137: <c>visible_comments</c> shows each caller exactly the comments the comments policy lets them read — the
/// view is the wall for the reads that go through it — and checks a post's visibility once for its whole comment tree,
/// where the policy checks it again for every comment.
/// </summary>
public sealed class VisibleCommentsFollowTheCommentsPolicy : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _viewer, _connection, _stranger, _banned, _blocker, _author, _admin;
    private readonly List<Guid> _posts = [];

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _viewer = await _db.CreateUserAsync("vc_viewer");
        _connection = await _db.CreateUserAsync("vc_connection");
        _stranger = await _db.CreateUserAsync("vc_stranger");
        _banned = await _db.CreateUserAsync("vc_banned");
        _blocker = await _db.CreateUserAsync("vc_blocker");
        _author = await _db.CreateUserAsync("vc_author");
        _admin = await _db.CreateUserAsync("vc_admin", UserRole.Admin);
        var everyone = new[] { _viewer, _connection, _stranger, _banned, _blocker, _author, _admin };
        foreach (var member in everyone)
        {
            _posts.Add(await _db.InsertPostAsync(member, "a post", SocialTestKit.Start));
            await _db.InsertPostAsync(member, "a hidden post", SocialTestKit.Start, hidden: true);
        }
        // Everyone comments once on every post (the banned member before the ban), and the viewer hides a second comment on each.
        await _db.ExecuteAsync("""
            INSERT INTO comments (id, post_id, user_id, content, is_hidden)
            SELECT gen_random_uuid(), p.id, u, 'a comment', false FROM posts p CROSS JOIN unnest($1::uuid[]) AS u
            UNION ALL
            SELECT gen_random_uuid(), p.id, $2, 'a hidden comment', true FROM posts p
            """, everyone, _viewer);
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = ANY($1)",
            new[] { _connection, _stranger, _viewer });
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'members_only' WHERE user_id = $1", _author);
        await _db.ExecuteAsync("UPDATE user_profiles SET is_banned = true WHERE user_id = $1", _banned);
        await _db.As(_viewer).FollowAsync(_connection);
        await _db.As(_connection).FollowAsync(_viewer);
        await _db.As(_viewer).FollowAsync(_stranger);
        await _db.ExecuteAsync("INSERT INTO user_blocks (blocker_id, blocked_id) VALUES ($1, $2)", _blocker, _viewer);
        // A few hundred more posts (without comments) and statistics, as a running database has them (autovacuum): the
        // planner then reads a post by its key and knows a post has several comments, as it does at scale.
        await _db.ExecuteAsync("INSERT INTO posts (id, user_id, content, post_type, created_at, updated_at) SELECT gen_random_uuid(), $1, 'filler', 'text', $2, $2 FROM generate_series(1, 400)", _author, SocialTestKit.Start);
        await _db.ExecuteAsync("ANALYZE posts, comments");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Every_caller_sees_through_the_view_what_the_policy_lets_them_read()
    {
        var callers = new[]
        {
            new PolicyCaller("anonymous", "pa_app", null),
            new PolicyCaller("viewer", "pa_app", _viewer),
            new PolicyCaller("connection", "pa_app", _connection),
            new PolicyCaller("stranger", "pa_app", _stranger),
            new PolicyCaller("blocker", "pa_app", _blocker),
            new PolicyCaller("admin", "pa_app", _admin, UserRole.Admin),
        };
        var expected = new Dictionary<string, long>
        {
            // The blocker's and the admin's visible posts, six visible commenters each (not the banned one, not hidden).
            ["anonymous"] = 12,
            // Posts: own two (hidden included), the connection's, the members-only author's, the admin's = 5; on each the
            // six visible comments and the viewer's own hidden one.
            ["viewer"] = 35,
            // 14 posts × 8 comments.
            ["admin"] = 112,
        };

        foreach (var caller in callers)
        {
            var (throughView, throughPolicy, differ) = await caller.CompareWithPolicyAsync(_db, "visible_comments", "comments");
            if (expected.TryGetValue(caller.Name, out var count)) Assert.True(count == throughView, $"{caller.Name}: {throughView} through the view");
            Assert.True(throughView > 0, $"{caller.Name} sees no comment");
            Assert.Equal(throughPolicy, throughView);
            Assert.Equal(0, differ);
        }
    }

    [Fact]
    public async Task A_posts_comment_tree_checks_the_post_once_through_the_view_and_per_comment_under_the_policy()
    {
        var viewer = new PolicyCaller("viewer", "pa_app", _viewer);
        var post = _posts[^1]; // the admin's public post: seven visible comments for the viewer, and the viewer's hidden one

        var throughView = await PostsScanAsync(viewer, $"SELECT * FROM visible_comments WHERE post_id = '{post}'");
        var throughTable = await PostsScanAsync(viewer, $"SELECT * FROM comments WHERE post_id = '{post}'");

        Assert.True(Loops(throughView) == 1, throughView);
        Assert.True(Loops(throughTable) >= 7, throughTable);
    }

    private static int Loops(string planLine) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(planLine, @"loops=(\d+)\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The plan line that reads <c>posts</c>, with its actual loops.</summary>
    private async Task<string> PostsScanAsync(PolicyCaller caller, string sql) =>
        Assert.Single(await caller.ExplainAsync(_db, sql, "ANALYZE, COSTS off, TIMING off, SUMMARY off"), l => l.Contains(" on posts "));
}
