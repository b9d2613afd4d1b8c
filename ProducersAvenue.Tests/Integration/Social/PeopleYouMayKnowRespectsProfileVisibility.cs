using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// "People you may know" never shows a stranger a private member's name and avatar, nor a banned member, nor a member
/// either side blocked (its Follow button said "one of you has blocked the other").
/// </summary>
public sealed class PeopleYouMayKnowRespectsProfileVisibility : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Private_and_banned_friends_of_friends_are_not_suggested_while_public_and_members_only_ones_are()
    {
        var me = await _db.CreateUserAsync("me");
        var friend = await _db.CreateUserAsync("friend");
        await _db.As(me).FollowAsync(friend);
        foreach (var (name, visibility, banned) in new[]
                 { ("open", "public", false), ("insider", "members_only", false), ("hermit", "private", false), ("outlaw", "public", true) })
        {
            var id = await _db.CreateUserAsync(name);
            await _db.As(friend).FollowAsync(id);
            await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = $2, is_banned = $3 WHERE user_id = $1", id, visibility, banned);
        }

        var suggestions = await _db.As(me).Get<FollowService>().PeopleYouMayKnowAsync();

        Assert.Equal(["insider", "open"], suggestions.Select(s => s.Username).Order());
    }

    [Fact]
    public async Task Members_with_a_block_either_way_are_not_suggested()
    {
        var me = await _db.CreateUserAsync("me");
        var friend = await _db.CreateUserAsync("friend");
        await _db.As(me).FollowAsync(friend);
        var ids = new Dictionary<string, Guid>();
        foreach (var name in new[] { "blocked_by_me", "blocker_of_me", "fine" })
        {
            ids[name] = await _db.CreateUserAsync(name);
            await _db.As(friend).FollowAsync(ids[name]);
        }
        Assert.True((await _db.As(me).Get<BlockService>().BlockAsync(ids["blocked_by_me"])).Succeeded);
        Assert.True((await _db.As(ids["blocker_of_me"]).Get<BlockService>().BlockAsync(me)).Succeeded);

        var suggestions = await _db.As(me).Get<FollowService>().PeopleYouMayKnowAsync();

        Assert.Equal(["fine"], suggestions.Select(s => s.Username));
    }
}
