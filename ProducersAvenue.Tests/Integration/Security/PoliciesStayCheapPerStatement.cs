using Npgsql;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Security;

/// <summary>
/// The shape of the policies' plans that keeps Row Level Security cheap (decision 081, docs/performance.md): reading a
/// profile checks a private row by itself and never builds a set of hidden members for the statement.
/// </summary>
public sealed class PoliciesStayCheapPerStatement : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Reading_profiles_builds_no_set_of_hidden_members()
    {
        var viewer = await _db.CreateUserAsync("viewer");
        var hidden = await _db.CreateUserAsync("hidden");
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = $1", hidden);

        var plan = await PlanAsync(new PolicyCaller("viewer", "pa_app", viewer), "SELECT username FROM user_profiles");

        Assert.Contains("app_sees_private_profile", plan);
        Assert.DoesNotContain("hashed SubPlan", plan);
        Assert.DoesNotContain("ProjectSet", plan);
    }

    [Fact]
    public async Task The_checks_asked_per_row_keep_their_plans_and_change_no_setting_per_call()
    {
        // Decision 132: a SQL function whose body holds sub-selects is planned again by every statement that calls it, and
        // a SET clause (or SECURITY DEFINER) costs a configuration change per call — per private row, per Connected badge.
        var functions = await _db.ListAsync<string>(
            """
            SELECT p.proname || ' ' || l.lanname || ' ' || p.prosecdef::text || ' ' || coalesce(array_to_string(p.proconfig, ','), '-')
            FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
            WHERE p.proname IN ('app_is_connected', 'app_sees_private_profile') ORDER BY p.proname
            """);

        Assert.Equal(["app_is_connected plpgsql false -", "app_sees_private_profile plpgsql false -"], functions);
    }

    [Fact]
    public async Task A_member_sees_private_profiles_of_their_connections_only_and_their_own()
    {
        var viewer = await _db.CreateUserAsync("viewer");
        var connection = await _db.CreateUserAsync("connection");
        var followed = await _db.CreateUserAsync("followed");
        var stranger = await _db.CreateUserAsync("stranger");
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = ANY($1)",
            new[] { viewer, connection, followed, stranger });
        await _db.As(viewer).FollowAsync(connection);
        await _db.As(connection).FollowAsync(viewer);
        await _db.As(viewer).FollowAsync(followed);
        await _db.As(stranger).FollowAsync(viewer);
        var caller = new PolicyCaller("viewer", "pa_app", viewer);

        // The profile policy and the posts policy (the post's author_visibility, then app_sees_private_profile) say the same.
        Assert.Equal(2, await caller.TryAsync(_db, "SELECT count(*) FROM user_profiles WHERE profile_visibility = 'private'"));
        foreach (var author in new[] { viewer, connection, followed, stranger })
            await _db.InsertPostAsync(author, "a post", SocialTestKit.Start);
        Assert.Equal(2, await caller.TryAsync(_db, $"SELECT count(*) FROM posts WHERE user_id IN ('{viewer}', '{connection}')"));
        Assert.Equal(0, await caller.TryAsync(_db, $"SELECT count(*) FROM posts WHERE user_id IN ('{followed}', '{stranger}')"));
        Assert.Equal(2, await caller.TryAsync(_db, "SELECT count(*) FROM visible_posts"));
    }

    [Fact]
    public async Task Reading_posts_of_public_authors_asks_no_question_per_author_and_builds_no_set_of_hidden_authors()
    {
        var viewer = await _db.CreateUserAsync("viewer");
        var author = await _db.CreateUserAsync("author");
        var hidden = await _db.CreateUserAsync("hidden");
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = $1", hidden);
        await _db.InsertPostAsync(author, "public author", SocialTestKit.Start);
        await _db.InsertPostAsync(hidden, "private author", SocialTestKit.Start);
        var caller = new PolicyCaller("viewer", "pa_app", viewer);

        var plan = await PlanAsync(caller, "SELECT id FROM posts");

        // The author's standing is a column of the post: the connected rule runs only for private authors' posts, and the
        // only set built for the statement is the caller's block partners (usually none).
        Assert.Contains("author_visibility", plan);
        Assert.Contains("app_sees_private_profile", plan);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(plan, "hashed SubPlan").Cast<System.Text.RegularExpressions.Match>().Select(m => m.Index).Distinct());
        Assert.Equal(1, await caller.TryAsync(_db, "SELECT count(*) FROM posts"));
    }

    [Fact]
    public async Task A_posts_author_visibility_follows_bans_and_visibility_and_cannot_be_forged()
    {
        var author = await _db.CreateUserAsync("author");
        var post = await _db.InsertPostAsync(author, "mine", SocialTestKit.Start);
        async Task<string?> Standing() => await _db.ScalarAsync<string>("SELECT author_visibility FROM posts WHERE id = $1", post);

        Assert.Equal("public", await Standing());
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'members_only' WHERE user_id = $1", author);
        Assert.Equal("members_only", await Standing());
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = $1", author);
        Assert.Equal("private", await Standing());
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'public', is_banned = true WHERE user_id = $1", author);
        Assert.Equal("banned", await Standing());
        // No write can change it: the trigger puts the author's standing back.
        await _db.ExecuteAsync("UPDATE posts SET author_visibility = 'public' WHERE id = $1", post);
        Assert.Equal("banned", await Standing());
        await _db.ExecuteAsync("UPDATE user_profiles SET is_banned = false WHERE user_id = $1", author);
        Assert.Equal("public", await Standing());
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = $1", author);
        var later = await _db.InsertPostAsync(author, "after", SocialTestKit.Start);
        Assert.Equal("private", await _db.ScalarAsync<string>("SELECT author_visibility FROM posts WHERE id = $1", later));
    }

    private async Task<string> PlanAsync(PolicyCaller caller, string sql) => string.Join("\n", await caller.ExplainAsync(_db, sql));
}
