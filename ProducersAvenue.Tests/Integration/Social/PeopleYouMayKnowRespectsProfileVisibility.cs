using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>"People you may know" never shows a stranger a private member's name and avatar, nor a banned member.</summary>
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
}
