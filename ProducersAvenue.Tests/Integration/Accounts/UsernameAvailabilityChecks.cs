using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>The one check of a wished-for username: the rules, taken names, names left lately (decision 239), look-alikes.</summary>
public sealed class UsernameAvailabilityChecks : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private UsernameAvailability Availability => _db.Services().Get<UsernameAvailability>();

    [Fact]
    public async Task A_free_name_comes_back_lowercased()
    {
        var result = await Availability.CheckAsync("  Fresh_Name ");

        Assert.True(result.Succeeded);
        Assert.Equal("fresh_name", result.Value);
    }

    [Fact]
    public async Task A_name_taken_in_another_case_is_refused()
    {
        await _db.CreateUserAsync("beat_smith");

        var result = await Availability.CheckAsync("Beat_Smith");

        Assert.False(result.Succeeded);
        Assert.Equal("That username is taken. Choose another one.", result.ErrorFor("Username"));
    }

    [Fact]
    public async Task A_member_keeping_their_own_name_is_not_refused()
    {
        var userId = await _db.CreateUserAsync("beat_smith");

        var result = await Availability.CheckAsync("beat_smith", exceptUserId: userId);

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("nova.beats")]
    [InlineData("novabeats")]
    [InlineData("_nova_beats_")]
    public async Task A_name_that_differs_from_a_members_only_by_dots_and_underscores_is_refused(string wished)
    {
        await _db.CreateUserAsync("nova_beats");

        var result = await Availability.CheckAsync(wished);

        Assert.Equal(AccountsErrors.UsernameLookalike, result.FirstError);
        Assert.True((await Availability.CheckAsync("nova_beatz")).Succeeded);
    }

    [Fact]
    public async Task Members_whose_names_are_already_alike_keep_them_but_take_no_third_form()
    {
        var dotted = await _db.CreateUserAsync("lena.keys");
        await _db.CreateUserAsync("lena_keys");

        Assert.True((await Availability.CheckAsync("lena.keys", exceptUserId: dotted)).Succeeded);
        Assert.Equal(AccountsErrors.UsernameLookalike, (await Availability.CheckAsync("lenakeys", exceptUserId: dotted)).FirstError);
    }

    [Fact]
    public async Task A_reserved_name_is_refused_before_the_database_is_asked()
    {
        var result = await Availability.CheckAsync("Settings");

        Assert.Equal("\"settings\" is reserved. Choose another username.", result.ErrorFor("Username"));
    }

    [Fact]
    public async Task The_reserved_list_can_be_extended_in_configuration()
    {
        var services = _db.Services(settings: new Dictionary<string, string?> { ["Accounts:ReservedUsernames:30"] = "billing" });

        var result = await services.Get<UsernameAvailability>().CheckAsync("billing");

        Assert.False(result.Succeeded);
    }

    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    private UsernameAvailability AvailabilityAt(DateTimeOffset now) =>
        _db.Services(clock: new Microsoft.Extensions.Time.Testing.FakeTimeProvider(now)).Get<UsernameAvailability>();

    [Fact]
    public async Task A_name_left_by_a_rename_is_held_from_others_for_the_hold_and_free_to_take_back()
    {
        var renamer = await _db.CreateUserAsync("old_handle");
        // As the profile editor renames (ProfileService): the profile and the sign-in name together.
        await _db.ExecuteAsync("UPDATE user_profiles SET username = 'new_handle' WHERE user_id = $1", renamer);
        await _db.ExecuteAsync("UPDATE auth.users SET user_name = 'new_handle', normalized_user_name = 'NEW_HANDLE' WHERE id = $1", renamer);
        await _db.ExecuteAsync("UPDATE retired_usernames SET retired_at = $1 WHERE username = 'old_handle'", Now.AddDays(-89));

        // A newcomer taking it would receive every old @old_handle mention and link.
        Assert.Equal(AccountsErrors.UsernameRecentlyLeft, (await AvailabilityAt(Now).CheckAsync("Old_Handle")).FirstError);
        Assert.Equal("old_handle", (await AvailabilityAt(Now).CheckAsync("old_handle", exceptUserId: renamer)).Value);

        await _db.ExecuteAsync("UPDATE retired_usernames SET retired_at = $1 WHERE username = 'old_handle'", Now.AddDays(-91));
        Assert.Equal("old_handle", (await AvailabilityAt(Now).CheckAsync("old_handle")).Value);
    }

    [Fact]
    public async Task A_name_left_by_a_closed_account_is_held_from_everyone()
    {
        var leaver = await _db.CreateUserAsync("gone_handle");
        var other = await _db.CreateUserAsync("someone_else");
        // As close_account() deletes a member without money records: the empty wallet, then the user.
        await _db.ExecuteAsync("DELETE FROM wallets WHERE user_id = $1", leaver);
        await _db.ExecuteAsync("DELETE FROM auth.users WHERE id = $1", leaver);

        Assert.Equal(AccountsErrors.UsernameRecentlyLeft, (await AvailabilityAt(DateTimeOffset.UtcNow).CheckAsync("gone_handle")).FirstError);
        Assert.Equal(AccountsErrors.UsernameRecentlyLeft,
            (await AvailabilityAt(DateTimeOffset.UtcNow).CheckAsync("gone_handle", exceptUserId: other)).FirstError);
        Assert.Null(await _db.ScalarAsync<Guid?>("SELECT user_id FROM retired_usernames WHERE username = 'gone_handle'"));
    }
}
