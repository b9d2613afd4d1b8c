using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Security;

/// <summary>
/// Decision 126: the services' comment rule tests commenters against <c>profile_restrictions</c>, which lists every banned
/// or non-public profile whoever asks — through <c>user_profiles</c> the profiles' read policy ran its per-row function for
/// each private profile the planner anti-joined against. (Posts carry their author's standing since decision 129, and are
/// read through <c>visible_posts</c> since decision 132.)
/// </summary>
public sealed class ProfileRestrictionsListEveryRestrictedProfile : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _viewer, _connection, _stranger, _membersOnly, _banned, _public;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _viewer = await _db.CreateUserAsync("pr_viewer");
        _connection = await _db.CreateUserAsync("pr_connection");
        _stranger = await _db.CreateUserAsync("pr_stranger");
        _membersOnly = await _db.CreateUserAsync("pr_members");
        _banned = await _db.CreateUserAsync("pr_banned");
        _public = await _db.CreateUserAsync("pr_public");
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = ANY($1)", new[] { _connection, _stranger });
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'members_only' WHERE user_id = $1", _membersOnly);
        await _db.ExecuteAsync("UPDATE user_profiles SET is_banned = true WHERE user_id = $1", _banned);
        await _db.As(_viewer).FollowAsync(_connection);
        await _db.As(_connection).FollowAsync(_viewer);
        foreach (var author in new[] { _connection, _stranger, _membersOnly, _banned, _public })
            await _db.InsertPostAsync(author, "notes on theremin tuning", SocialTestKit.Start);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Every_caller_sees_every_restricted_profile_even_one_whose_profile_they_may_not_read()
    {
        Guid[] restricted = [_connection, _stranger, _membersOnly, _banned];
        foreach (var caller in new[] { new PolicyCaller("anonymous", "pa_app", null), new PolicyCaller("viewer", "pa_app", _viewer) })
        {
            var listed = await caller.TryAsync(_db, $"SELECT count(*) FROM profile_restrictions WHERE user_id = ANY({Ids(restricted)})");
            var readable = await caller.TryAsync(_db, $"SELECT count(*) FROM user_profiles WHERE user_id = ANY({Ids(restricted)})");
            var publicOnes = await caller.TryAsync(_db, $"SELECT count(*) FROM profile_restrictions WHERE user_id = ANY({Ids(_public, _viewer)})");

            Assert.Equal(4, listed);
            Assert.True(readable < 4, $"{caller.Name} may read {readable} of the restricted profiles: the test needs one they may not");
            Assert.Equal(0, publicOnes);
        }
    }

    private static string Ids(params Guid[] ids) => "ARRAY[" + string.Join(", ", ids.Select(id => $"'{id}'")) + "]::uuid[]";
}
