using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Profiles;

public sealed class UpdatingOnesProfile : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _me;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _me = await _db.CreateUserAsync("editor_me");
        await _db.CreateUserAsync("taken_name");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private ProfileService Profiles => _db.Services(CurrentUser.For(_me)).Get<ProfileService>();

    private static UpdateProfileCommand Valid() => new() { Username = "editor_me", DisplayName = "Editor" };

    [Fact]
    public async Task A_display_name_stacked_with_marks_is_saved_with_three_per_letter()
    {
        var result = await Profiles.UpdateProfileAsync(Valid() with { DisplayName = "N" + new string('\u0336', 30) + "ova" });

        Assert.True(result.Succeeded, result.FirstError?.Message);
        Assert.Equal("N\u0336\u0336\u0336ova", await _db.ScalarAsync<string>("SELECT display_name FROM user_profiles WHERE user_id = $1", _me));
    }

    [Theory]
    [InlineData("Nova Beats \u2714")] // ✔
    [InlineData("Nova Beats \u2714\uFE0F")]
    [InlineData("\u2705 Nova")] // ✅
    [InlineData("Nova \u2713")] // ✓
    public async Task A_display_name_with_a_check_mark_is_refused_at_the_field(string name)
    {
        var result = await Profiles.UpdateProfileAsync(Valid() with { DisplayName = name });

        Assert.Equal(ProfilesErrors.DisplayNameBadge, result.FirstError);
        Assert.Null(await _db.ScalarAsync<string>("SELECT display_name FROM user_profiles WHERE user_id = $1 AND display_name LIKE 'Nova%'", _me));
    }

    [Fact]
    public async Task Saves_every_field_normalized()
    {
        await using (var seed = _db.Context())
        {
            var categories = await seed.Categories.OrderBy(c => c.SortOrder).Take(2).Select(c => c.Id).ToListAsync();
            var result = await Profiles.UpdateProfileAsync(Valid() with
            {
                Username = "  Editor.New ",
                DisplayName = "  Nova   Beats ",
                Bio = "Line one\r\nLine two",
                WebsiteUrl = "nova.example.com",
                SmartLink = "rolink.me/nova",
                ExperienceLevel = ExperienceLevel.Professional,
                ProfileVisibility = ProfileVisibility.MembersOnly,
                LocationCity = "Split",
                LocationCountry = "Croatia",
                LocationVisibility = LocationVisibility.Country,
                CategoryIds = categories,
            });
            Assert.True(result.Succeeded, result.FirstError?.Message);
        }

        await using var db = _db.Context();
        var p = await db.UserProfiles.SingleAsync(x => x.UserId == _me);
        Assert.Equal("editor.new", p.Username);
        Assert.Equal("EDITOR.NEW", await db.Users.Where(u => u.Id == _me).Select(u => u.NormalizedUserName).SingleAsync());
        Assert.Equal("Nova Beats", p.DisplayName);
        Assert.Equal("Line one\nLine two", p.Bio);
        Assert.Equal("https://nova.example.com", p.WebsiteUrl);
        Assert.Equal("https://rolink.me/nova", p.SmartLink);
        Assert.Equal(ExperienceLevel.Professional, p.ExperienceLevel);
        Assert.Equal(ProfileVisibility.MembersOnly, p.ProfileVisibility);
        Assert.Equal(("Split", "Croatia", LocationSource.Manual), (p.LocationCity, p.LocationCountry, p.LocationSource));
        Assert.Equal(LocationVisibility.Country, p.LocationVisibility);
        Assert.Equal(2, await db.UserCategories.CountAsync(l => l.UserId == _me));
    }

    [Fact]
    public async Task Saves_text_with_nul_bytes_control_characters_and_lone_surrogates_cleaned()
    {
        var result = await Profiles.UpdateProfileAsync(Valid() with
        {
            DisplayName = "No\0va\u0007 Beats",
            Bio = "Line\0 one\n" + (char)0xD800 + " two",
            LocationCity = "Sp\0lit",
            LocationCountry = "Cro\u001batia",
        });

        Assert.True(result.Succeeded, result.FirstError?.Message);
        await using var db = _db.Context();
        var p = await db.UserProfiles.SingleAsync(x => x.UserId == _me);
        Assert.Equal(("Nova Beats", "Line one\n\uFFFD two", "Split", "Croatia"), (p.DisplayName, p.Bio, p.LocationCity, p.LocationCountry));
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("admin")]
    [InlineData("Settings")]
    [InlineData("no spaces")]
    [InlineData("dash-not-allowed")]
    [InlineData("taken_name")]
    [InlineData("TAKEN_NAME")]
    public async Task Refuses_a_bad_username_at_the_username_field(string username)
    {
        var result = await Profiles.UpdateProfileAsync(Valid() with { Username = username });

        Assert.False(result.Succeeded);
        Assert.NotNull(result.ErrorFor(ProfileFields.Username));
        Assert.Equal("editor_me", await _db.ScalarAsync<string>("SELECT username FROM user_profiles WHERE user_id = $1", _me));
    }

    [Fact]
    public async Task Reports_every_bad_field_at_once()
    {
        var result = await Profiles.UpdateProfileAsync(Valid() with
        {
            Username = "x",
            SmartLink = "https://linktr.ee/me",
            WebsiteUrl = "not a url",
            DisplayName = new string('a', UserProfile.DisplayNameMaxLength + 1),
        });

        Assert.NotNull(result.ErrorFor(ProfileFields.Username));
        Assert.Contains("rolink.me", result.ErrorFor(ProfileFields.SmartLink));
        Assert.NotNull(result.ErrorFor(ProfileFields.WebsiteUrl));
        Assert.NotNull(result.ErrorFor(ProfileFields.DisplayName));
    }

    [Fact]
    public async Task A_signed_out_visitor_cannot_update()
    {
        var result = await _db.Services().Get<ProfileService>().UpdateProfileAsync(Valid());

        Assert.Equal(Error.SignInRequired, result.FirstError);
    }
}
