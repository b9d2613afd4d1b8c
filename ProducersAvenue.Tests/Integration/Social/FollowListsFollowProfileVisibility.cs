using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// /u/{name}/followers and /following apply the profile visibility rule: a private member's lists (and name) reach only
/// the member, admins and mutual connections; a members-only member's lists need a signed-in viewer.
/// </summary>
public sealed class FollowListsFollowProfileVisibility : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _hermit;
    private Guid _friend;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _hermit = await _db.CreateUserAsync("hermit");
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private', display_name = 'Secret Name' WHERE user_id = $1", _hermit);
        _friend = await _db.CreateUserAsync("friend");
        await _db.As(_friend).FollowAsync(_hermit);
        await _db.As(_hermit).FollowAsync(_friend);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_private_members_lists_show_signed_out_visitors_and_strangers_only_that_the_profile_is_private()
    {
        var stranger = _db.As(await _db.CreateUserAsync("stranger"));
        foreach (var viewer in new[] { _db.Anonymous(), stranger })
        {
            var follows = viewer.Get<FollowService>();
            foreach (var list in new[] { await follows.FollowersAsync("hermit"), await follows.FollowingAsync("hermit") })
            {
                Assert.Equal(ProfileAccess.Private, list.Access);
                Assert.Null(list.Member);
                Assert.Empty(list.Items);
                Assert.Equal("hermit", list.Username);
            }
        }
    }

    [Fact]
    public async Task A_mutual_connection_the_member_and_an_admin_see_the_lists()
    {
        var admin = await _db.CreateUserAsync("boss", UserRole.Admin);
        foreach (var viewer in new[] { _db.As(_friend), _db.As(_hermit), _db.As(admin, UserRole.Admin) })
        {
            var list = await viewer.Get<FollowService>().FollowersAsync("hermit");
            Assert.Equal(ProfileAccess.Found, list.Access);
            Assert.Equal("Secret Name", list.Member?.Name);
            Assert.Equal(["friend"], list.Items.Select(r => r.Member.Username));
        }
    }

    [Fact]
    public async Task A_members_only_members_lists_ask_a_signed_out_visitor_to_sign_in()
    {
        var insider = await _db.CreateUserAsync("insider");
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'members_only' WHERE user_id = $1", insider);
        await _db.As(_friend).FollowAsync(insider);

        var anonymous = await _db.Anonymous().Get<FollowService>().FollowersAsync("insider");
        var member = await _db.As(await _db.CreateUserAsync("member")).Get<FollowService>().FollowersAsync("insider");

        Assert.Equal(ProfileAccess.SignInRequired, anonymous.Access);
        Assert.Empty(anonymous.Items);
        Assert.Equal(ProfileAccess.Found, member.Access);
        Assert.Equal(["friend"], member.Items.Select(r => r.Member.Username));
    }

    [Fact]
    public async Task A_public_members_lists_leave_out_private_members_the_viewer_may_not_see()
    {
        var star = await _db.CreateUserAsync("star");
        await _db.As(_hermit).FollowAsync(star);
        await _db.As(_friend).FollowAsync(star);

        var seenByStranger = await _db.Anonymous().Get<FollowService>().FollowersAsync("star");
        var seenByFriend = await _db.As(_friend).Get<FollowService>().FollowersAsync("star");

        Assert.Equal(["friend"], seenByStranger.Items.Select(r => r.Member.Username));
        Assert.Equal(["friend", "hermit"], seenByFriend.Items.Select(r => r.Member.Username).Order());
    }

    [Fact]
    public async Task A_members_own_following_names_a_private_member_they_follow_by_username_and_no_one_else_sees_it()
    {
        var fan = await _db.CreateUserAsync("fan");
        var gone = await _db.CreateUserAsync("gone");
        await _db.As(fan).FollowAsync(_hermit); // the hermit does not follow back: the fan may not open the profile
        await _db.As(fan).FollowAsync(gone);
        await _db.ExecuteAsync("UPDATE user_profiles SET is_banned = true WHERE user_id = $1", gone);

        var own = await _db.As(fan).Get<FollowService>().FollowingAsync("fan");
        var seenByOther = await _db.As(await _db.CreateUserAsync("other")).Get<FollowService>().FollowingAsync("fan");

        var hermit = Assert.Single(own.Items);
        Assert.Equal(("hermit", "hermit", null, true), (hermit.Member.Username, hermit.Member.Name, hermit.Member.AvatarUrl, hermit.ViewerFollows));
        Assert.Empty(seenByOther.Items);
    }

    [Fact]
    public async Task An_unknown_member_is_not_found()
    {
        var list = await _db.Anonymous().Get<FollowService>().FollowingAsync("nobody_here");
        Assert.Equal(ProfileAccess.NotFound, list.Access);
    }
}
