using Npgsql;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Security;

/// <summary>
/// Decision 125: <c>visible_posts</c> shows each caller exactly the posts the posts policy lets them read — the view is the
/// wall for the reads that go through it — and, unlike the table under its policy, lets a tag filter use its GIN index.
/// </summary>
public sealed class VisiblePostsFollowThePostsPolicy : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _viewer, _connection, _stranger, _banned, _blocker, _author, _admin;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _viewer = await _db.CreateUserAsync("vp_viewer");
        _connection = await _db.CreateUserAsync("vp_connection");
        _stranger = await _db.CreateUserAsync("vp_stranger");
        _banned = await _db.CreateUserAsync("vp_banned");
        _blocker = await _db.CreateUserAsync("vp_blocker");
        _author = await _db.CreateUserAsync("vp_author");
        _admin = await _db.CreateUserAsync("vp_admin", UserRole.Admin);
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = ANY($1)",
            new[] { _connection, _stranger, _viewer });
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'members_only' WHERE user_id = $1", _author);
        await _db.ExecuteAsync("UPDATE user_profiles SET is_banned = true WHERE user_id = $1", _banned);
        await _db.As(_viewer).FollowAsync(_connection);
        await _db.As(_connection).FollowAsync(_viewer);
        await _db.As(_viewer).FollowAsync(_stranger);
        await _db.ExecuteAsync("INSERT INTO user_blocks (blocker_id, blocked_id) VALUES ($1, $2)", _blocker, _viewer);
        foreach (var member in new[] { _viewer, _connection, _stranger, _banned, _blocker, _author, _admin })
        {
            await _db.InsertPostAsync(member, "a post #lofi", SocialTestKit.Start);
            await _db.InsertPostAsync(member, "a hidden post #lofi", SocialTestKit.Start, hidden: true);
        }
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
            // anonymous: the public blocker's and admin's visible posts (members-only, private and banned authors out)
            ["anonymous"] = 2,
            // viewer: own two (hidden included) + connection + members-only author + admin; not the one-way stranger,
            // not the banned member, not the blocker
            ["viewer"] = 5,
            // connection: own two + the viewer (connected) + blocker + members-only author + admin
            ["connection"] = 6,
            // stranger: own two + blocker + members-only author + admin (the viewer follows them, not back)
            ["stranger"] = 5,
            ["blocker"] = 4,
            ["admin"] = 14,
        };

        foreach (var caller in callers)
        {
            var (throughView, throughPolicy, differ) = await caller.CompareWithPolicyAsync(_db, "visible_posts", "posts");
            Assert.True(expected[caller.Name] == throughView, $"{caller.Name}: {throughView} through the view");
            Assert.Equal(throughPolicy, throughView);
            Assert.Equal(0, differ);
        }
    }

    [Fact]
    public async Task A_tag_filter_reaches_the_gin_index_through_the_view_only()
    {
        var viewer = new PolicyCaller("viewer", "pa_app", _viewer);

        var throughView = await PlanAsync(viewer, "SELECT id FROM visible_posts WHERE tags @> ARRAY['lofi']::text[]");
        var throughTable = await PlanAsync(viewer, "SELECT id FROM posts WHERE tags @> ARRAY['lofi']::text[]");

        Assert.Contains("ix_posts_tags", throughView);
        Assert.DoesNotContain("ix_posts_tags", throughTable);
    }

    private async Task<string> PlanAsync(PolicyCaller caller, string sql) =>
        string.Join("\n", await caller.ExplainAsync(_db, sql, setup: "SET LOCAL enable_seqscan = off"));
}
