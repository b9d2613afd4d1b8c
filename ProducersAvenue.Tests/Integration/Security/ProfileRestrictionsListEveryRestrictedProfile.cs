using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Support.Fakes;

namespace ProducersAvenue.Tests.Integration.Security;

/// <summary>
/// Decision 126: the services' post and comment visibility rules test authors against <c>profile_restrictions</c>, which
/// lists every banned or non-public profile whoever asks — through <c>user_profiles</c> the profiles' read policy ran
/// its per-row function for each private profile the planner anti-joined against.
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

    [Fact]
    public async Task A_members_search_tests_authors_against_the_view_and_still_leaves_out_whom_they_may_not_see()
    {
        var recorder = new RecordingCommandInterceptor();

        var page = await _db.AsWithInterceptor(_viewer, recorder).Get<SearchService>().PostsAsync("theremin");

        Assert.Equal(new[] { _connection, _membersOnly, _public }.Order(), page.Items.Select(p => p.Author.UserId).Order());
        Assert.Contains(recorder.Commands, sql => sql.Contains("profile_restrictions") && sql.Contains("search_vector"));
    }

    private static string Ids(params Guid[] ids) => "ARRAY[" + string.Join(", ", ids.Select(id => $"'{id}'")) + "]::uuid[]";
}
