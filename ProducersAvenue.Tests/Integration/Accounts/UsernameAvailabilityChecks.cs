using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Accounts;

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
}
