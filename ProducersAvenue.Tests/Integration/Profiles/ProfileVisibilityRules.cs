using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Profiles;

public sealed class ProfileVisibilityRules : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _owner, _member, _follower, _connection, _admin;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _owner = await _db.CreateUserAsync("owner_one");
        _member = await _db.CreateUserAsync("just_member");
        _follower = await _db.CreateUserAsync("one_way_fan");
        _connection = await _db.CreateUserAsync("mutual_pal");
        _admin = await _db.CreateUserAsync("site_admin", UserRole.Admin);
        await FollowAsync(_follower, _owner);
        await FollowAsync(_connection, _owner);
        await FollowAsync(_owner, _connection);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task FollowAsync(Guid follower, Guid following) =>
        _db.ScalarAsync<int>("INSERT INTO followers (follower_id, following_id) VALUES ($1, $2)", follower, following);

    private Task SetVisibilityAsync(string visibility) =>
        _db.ScalarAsync<int>("UPDATE user_profiles SET profile_visibility = $1 WHERE user_id = $2", visibility, _owner);

    private async Task<ProfileAccess> AccessAsAsync(ICurrentUser viewer) =>
        (await _db.Services(viewer).Get<ProfileService>().GetProfileAsync("owner_one")).Access;

    [Fact]
    public async Task A_public_profile_is_seen_by_everyone_including_signed_out_visitors()
    {
        await SetVisibilityAsync("public");

        Assert.Equal(ProfileAccess.Found, await AccessAsAsync(CurrentUser.Anonymous()));
        Assert.Equal(ProfileAccess.Found, await AccessAsAsync(CurrentUser.For(_member)));
    }

    [Fact]
    public async Task A_members_only_profile_asks_signed_out_visitors_to_sign_in()
    {
        await SetVisibilityAsync("members_only");

        Assert.Equal(ProfileAccess.SignInRequired, await AccessAsAsync(CurrentUser.Anonymous()));
        Assert.Equal(ProfileAccess.Found, await AccessAsAsync(CurrentUser.For(_member)));
        Assert.Equal(ProfileAccess.Found, await AccessAsAsync(CurrentUser.For(_admin, UserRole.Admin)));
    }

    [Fact]
    public async Task A_private_profile_is_seen_only_by_the_owner_admins_and_mutual_connections()
    {
        await SetVisibilityAsync("private");

        Assert.Equal(ProfileAccess.Private, await AccessAsAsync(CurrentUser.Anonymous()));
        Assert.Equal(ProfileAccess.Private, await AccessAsAsync(CurrentUser.For(_member)));
        Assert.Equal(ProfileAccess.Private, await AccessAsAsync(CurrentUser.For(_follower)));
        Assert.Equal(ProfileAccess.Found, await AccessAsAsync(CurrentUser.For(_connection)));
        Assert.Equal(ProfileAccess.Found, await AccessAsAsync(CurrentUser.For(_admin, UserRole.Admin)));
        Assert.Equal(ProfileAccess.Found, await AccessAsAsync(CurrentUser.For(_owner)));
    }

    [Fact]
    public async Task A_private_profile_that_is_refused_reveals_nothing_but_the_username()
    {
        await SetVisibilityAsync("private");

        var lookup = await _db.Services(CurrentUser.For(_member)).Get<ProfileService>().GetProfileAsync("Owner_One");

        Assert.Equal(ProfileAccess.Private, lookup.Access);
        Assert.Null(lookup.Profile);
        Assert.Equal("owner_one", lookup.Username);
    }

    [Fact]
    public async Task An_unknown_or_banned_member_is_not_found()
    {
        await _db.ScalarAsync<int>("UPDATE user_profiles SET is_banned = true WHERE user_id = $1", _member);
        var profiles = _db.Services(CurrentUser.For(_owner)).Get<ProfileService>();

        Assert.Equal(ProfileAccess.NotFound, (await profiles.GetProfileAsync("nobody_here")).Access);
        Assert.Equal(ProfileAccess.NotFound, (await profiles.GetProfileAsync("just_member")).Access);
        Assert.Equal(ProfileAccess.NotFound, (await profiles.GetProfileAsync("../etc/passwd")).Access);
    }
}
