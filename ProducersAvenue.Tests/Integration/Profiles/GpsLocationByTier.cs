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
}
