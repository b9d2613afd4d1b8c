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

        // The profile policy (row by row) and the posts policy's set (app_hidden_authors) say the same.
        Assert.Equal(2, await caller.TryAsync(_db, "SELECT count(*) FROM user_profiles WHERE profile_visibility = 'private'"));
        Assert.Equal(2, await caller.TryAsync(_db,
            $"SELECT count(*) FROM user_profiles WHERE user_id IN ('{viewer}', '{connection}') AND user_id NOT IN (SELECT app_hidden_authors())"));
        Assert.Equal(2, await caller.TryAsync(_db,
            $"SELECT count(*) FROM app_hidden_authors() h WHERE h IN ('{followed}', '{stranger}')"));
    }

    private async Task<string> PlanAsync(PolicyCaller caller, string sql)
    {
        await using var connection = new NpgsqlConnection(caller.ConnectionString(_db));
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var call = new NpgsqlCommand(caller.CallStatement, connection, transaction)) await call.ExecuteNonQueryAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN (COSTS off) " + sql, connection, transaction);
        await using var reader = await explain.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return string.Join("\n", lines);
    }
}
