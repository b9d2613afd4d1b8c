using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Profiles;

public sealed class GpsLocationByTier : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<(Guid Id, Result Result)> SaveGpsAsync(string username)
    {
        await using var db = _db.Context();
        var id = await db.UserProfiles.Where(p => p.Username == username).Select(p => p.UserId).SingleAsync();
        var result = await _db.Services(CurrentUser.For(id)).Get<ProfileService>().UpdateProfileAsync(new UpdateProfileCommand
        {
            Username = username, LocationCity = "Zagreb", Latitude = 45.815, Longitude = 15.982, LocationVisibility = LocationVisibility.Exact,
        });
        return (id, result);
    }

    [Fact]
    public async Task Refuses_gps_coordinates_on_the_basic_tier()
    {
        await _db.CreateUserAsync("basic_gps");

        var (id, result) = await SaveGpsAsync("basic_gps");

        Assert.Contains("Standard, Premium and Ultimate", result.ErrorFor(ProfileFields.Location));
        Assert.Null(await _db.ScalarAsync<string>("SELECT location_coords::text FROM user_profiles WHERE user_id = $1", id));
    }

    [Theory]
    [InlineData("standard")]
    [InlineData("premium")]
    [InlineData("ultimate")]
    public async Task Stores_gps_coordinates_on_paid_tiers(string tier)
    {
        var id = await _db.CreateUserAsync("paid_gps");
        await _db.ScalarAsync<int>("UPDATE subscriptions SET tier = $1, interval = 'monthly' WHERE user_id = $2", tier, id);

        var (_, result) = await SaveGpsAsync("paid_gps");

        Assert.True(result.Succeeded, result.FirstError?.Message);
        Assert.Equal("gps", await _db.ScalarAsync<string>("SELECT location_source FROM user_profiles WHERE user_id = $1", id));
        Assert.Equal(45.815, await _db.ScalarAsync<double>("SELECT location_coords[1] FROM user_profiles WHERE user_id = $1", id), 3);
    }

    [Fact]
    public async Task Stores_gps_coordinates_for_partner_accounts_on_the_basic_tier()
    {
        var id = await _db.CreateUserAsync("partner_gps");
        await _db.ScalarAsync<int>("UPDATE user_profiles SET is_partner_account = true WHERE user_id = $1", id);

        var (_, result) = await SaveGpsAsync("partner_gps");

        Assert.True(result.Succeeded, result.FirstError?.Message);
    }

    [Fact]
    public async Task A_point_kept_from_a_paid_plan_lets_the_basic_tier_save_other_fields_and_a_typed_city_replaces_it()
    {
        var id = await _db.CreateUserAsync("kept_gps");
        await _db.ScalarAsync<int>("""
            UPDATE user_profiles SET location_city = 'Lisbon', location_coords = point(-9.139, 38.722), location_source = 'gps' WHERE user_id = $1
            """, id);
        var profiles = _db.Services(CurrentUser.For(id)).Get<ProfileService>();
        var form = (await profiles.GetEditAsync()).Value!.Values; // what the edit form sends back, the kept point with it

        var renamed = await profiles.UpdateProfileAsync(form with { DisplayName = "Kept Point" });
        var moved = await profiles.UpdateProfileAsync(form with { DisplayName = "Kept Point", Latitude = 41.15, Longitude = -8.61 });
        var typed = await profiles.UpdateProfileAsync(form with { DisplayName = "Kept Point", LocationCity = "Porto" });

        Assert.True(renamed.Succeeded, renamed.FirstError?.Message);
        Assert.Contains("Standard, Premium and Ultimate", moved.ErrorFor(ProfileFields.Location));
        Assert.True(typed.Succeeded, typed.FirstError?.Message);
        Assert.Equal("Kept Point", await _db.ScalarAsync<string>("SELECT display_name FROM user_profiles WHERE user_id = $1", id));
        Assert.Equal("Porto", await _db.ScalarAsync<string>("SELECT location_city FROM user_profiles WHERE user_id = $1", id));
        Assert.Null(await _db.ScalarAsync<string>("SELECT location_coords::text FROM user_profiles WHERE user_id = $1", id));
        Assert.Equal("manual", await _db.ScalarAsync<string>("SELECT location_source FROM user_profiles WHERE user_id = $1", id));
    }
}
