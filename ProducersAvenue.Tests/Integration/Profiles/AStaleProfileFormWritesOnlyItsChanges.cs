using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Profiles;

/// <summary>
/// A member with the profile form open on two devices: one makes the profile private and renames it; the other, opened
/// before, changes only the bio and saves. The profile stays private and renamed (it went public again, under the old
/// name, with "Profile saved"). A field both changed takes the last save's value; a field cleared is a change too.
/// </summary>
public sealed class AStaleProfileFormWritesOnlyItsChanges : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _me;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _me = await _db.CreateUserAsync("two_tabs");
        await _db.ExecuteAsync("""
            UPDATE user_profiles SET display_name = 'Old Name', bio = 'Old bio', location_city = 'Porto', location_country = 'Portugal'
            WHERE user_id = $1
            """, _me);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private ProfileService Profiles => _db.Services(CurrentUser.For(_me)).Get<ProfileService>();

    private async Task<UpdateProfileCommand> OpenFormAsync() => (await Profiles.GetEditAsync()).Value!.Values;

    private async Task<UserProfile> ProfileAsync()
    {
        await using var db = _db.Context();
        return await db.UserProfiles.AsNoTracking().SingleAsync(p => p.UserId == _me);
    }

    [Fact]
    public async Task The_stale_form_keeps_the_privacy_and_name_set_meanwhile()
    {
        var phone = await OpenFormAsync();
        var laptop = await OpenFormAsync();

        Assert.True((await Profiles.UpdateProfileAsync(
            phone with { ProfileVisibility = ProfileVisibility.Private, DisplayName = "New Name" }, phone)).Succeeded);
        Assert.True((await Profiles.UpdateProfileAsync(laptop with { Bio = "New bio" }, laptop)).Succeeded);

        var saved = await ProfileAsync();
        Assert.Equal((ProfileVisibility.Private, "New Name", "New bio"), (saved.ProfileVisibility, saved.DisplayName, saved.Bio));
    }

    [Fact]
    public async Task A_field_both_changed_takes_the_last_save_and_a_cleared_place_is_a_change()
    {
        var phone = await OpenFormAsync();
        var laptop = await OpenFormAsync();

        await Profiles.UpdateProfileAsync(phone with { DisplayName = "Phone Name", LocationCity = "Lisbon" }, phone);
        await Profiles.UpdateProfileAsync(laptop with { DisplayName = "Laptop Name", LocationCity = null, LocationCountry = null }, laptop);

        var saved = await ProfileAsync();
        Assert.Equal(("Laptop Name", null, null), (saved.DisplayName, saved.LocationCity, saved.LocationCountry));
    }

    [Fact]
    public async Task Without_what_the_form_showed_every_field_is_written()
    {
        var phone = await OpenFormAsync();
        var laptop = await OpenFormAsync();
        await Profiles.UpdateProfileAsync(phone with { ProfileVisibility = ProfileVisibility.Private }, phone);

        await Profiles.UpdateProfileAsync(laptop with { Bio = "New bio" });

        Assert.Equal(ProfileVisibility.Public, (await ProfileAsync()).ProfileVisibility);
    }
}
