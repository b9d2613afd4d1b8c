using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Security;

/// <summary>
/// auth.* is open only to the Identity store context; the sign-in checks that read profiles while the caller is still
/// anonymous see past profile privacy through their one-fact functions (decision 080).
/// </summary>
public sealed class OnlyIdentitysStoresReadOtherAccounts : IAsyncLifetime
{
    private TestDb _db = null!;
    private SecurityWorld _world = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = await SecurityWorld.CreateAsync(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_members_context_sees_only_their_own_account_and_no_other_email_or_password_hash()
    {
        await using var db = _db.Services(CurrentUser.For(_world.B)).Contexts.CreateDbContext();

        var emails = await db.Users.Select(u => u.Email).ToListAsync();

        Assert.Equal(["member_b@example.test"], emails);
    }

    [Fact]
    public async Task Identitys_store_context_finds_any_account_for_an_anonymous_sign_in()
    {
        var services = _db.Services();
        var store = services.Get<AppDbContext>();
        await using var request = services.Contexts.CreateDbContext();

        Assert.Equal(6, await store.Users.CountAsync());
        Assert.Equal(0, await request.Users.CountAsync());
    }

    [Fact]
    public async Task The_ban_of_a_private_member_stops_an_anonymous_sign_in()
    {
        await _db.ScalarAsync<int>("UPDATE user_profiles SET is_banned = true, ban_reason = 'spam' WHERE user_id = $1", _world.A);

        var reason = await _db.Services().Get<AccountSuspensions>().ReasonAsync(_world.A);

        Assert.Equal("spam", reason);
    }

    [Fact]
    public async Task A_private_members_username_counts_as_taken_for_an_anonymous_sign_up()
    {
        var result = await _db.Services().Get<UsernameAvailability>().CheckAsync("member_a");

        Assert.Equal(AccountsErrors.UsernameTaken, result.FirstError);
    }

    [Fact]
    public async Task A_private_profile_says_private_rather_than_not_found()
    {
        var lookup = await _db.Services(CurrentUser.For(_world.B)).Get<ProfileService>().GetProfileAsync("member_a");

        Assert.Equal(ProfileAccess.Private, lookup.Access);
        Assert.Null(lookup.Profile);
    }
}
