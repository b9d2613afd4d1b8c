using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Taxonomy;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Support.Fakes;

namespace ProducersAvenue.Tests.Integration.Profiles;

public sealed class ProfileShowsLocationStatsAndPendingValues : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _owner, _visitor, _admin;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _owner = await _db.CreateUserAsync("loc_owner");
        _visitor = await _db.CreateUserAsync("loc_visitor");
        _admin = await _db.CreateUserAsync("loc_admin", UserRole.Admin);
        await _db.ScalarAsync<int>("""
            UPDATE user_profiles SET location_city = 'Zagreb', location_country = 'Croatia', location_coords = point(15.98, 45.81)
            WHERE user_id = $1
            """, _owner);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<ProfileView> ViewAsAsync(ICurrentUser viewer) =>
        (await _db.Services(viewer).Get<ProfileService>().GetProfileAsync("loc_owner")).Profile!;

    [Theory]
    [InlineData("exact", "Zagreb", "Croatia", true)]
    [InlineData("city", "Zagreb", "Croatia", false)]
    [InlineData("country", null, "Croatia", false)]
    public async Task Shows_as_much_of_the_location_as_the_member_chose(string visibility, string? city, string? country, bool coordinates)
    {
        await _db.ScalarAsync<int>("UPDATE user_profiles SET location_visibility = $1 WHERE user_id = $2", visibility, _owner);

        var location = (await ViewAsAsync(CurrentUser.For(_visitor))).Location;

        Assert.NotNull(location);
        Assert.Equal(city, location.City);
        Assert.Equal(country, location.Country);
        Assert.Equal(coordinates, location.Latitude is not null);
        if (coordinates)
        {
            Assert.Equal(45.81, location.Latitude!.Value, 3);
            Assert.Equal(15.98, location.Longitude!.Value, 3);
        }
    }

    [Fact]
    public async Task A_hidden_location_shows_nothing()
    {
        await _db.ScalarAsync<int>("UPDATE user_profiles SET location_visibility = 'hidden' WHERE user_id = $1", _owner);

        Assert.Null((await ViewAsAsync(CurrentUser.For(_visitor))).Location);
    }

    [Fact]
    public async Task Counts_followers_following_and_products()
    {
        await _db.ScalarAsync<int>("INSERT INTO followers (follower_id, following_id) VALUES ($1, $2)", _visitor, _owner);
        await _db.ScalarAsync<int>("INSERT INTO followers (follower_id, following_id) VALUES ($1, $2)", _admin, _owner);
        await _db.ScalarAsync<int>("INSERT INTO followers (follower_id, following_id) VALUES ($1, $2)", _owner, _admin);

        var stats = (await ViewAsAsync(CurrentUser.Anonymous())).Stats;

        Assert.Equal(2, stats.Followers);
        Assert.Equal(1, stats.Following);
        Assert.Equal(0, stats.Products);
    }

    [Fact]
    public async Task Pending_requests_show_to_the_owner_and_admins_only()
    {
        var requested = await _db.Services(CurrentUser.For(_owner)).Get<TaxonomyService>()
            .RequestCustomValueAsync(CustomFieldType.Genre, "Tamburica");
        Assert.True(requested.Value!.IsPending);

        var asOwner = await ViewAsAsync(CurrentUser.For(_owner));
        var asAdmin = await ViewAsAsync(CurrentUser.For(_admin, UserRole.Admin));
        var asVisitor = await ViewAsAsync(CurrentUser.For(_visitor));

        Assert.Contains(asOwner.Genres, g => g is { Name: "Tamburica", IsPending: true });
        Assert.Contains(asAdmin.Genres, g => g is { Name: "Tamburica", IsPending: true });
        Assert.DoesNotContain(asVisitor.Genres, g => g.Name == "Tamburica");
    }

    [Fact]
    public async Task The_owners_pending_requests_come_in_the_lists_statement_after_the_approved_values_oldest_first()
    {
        await _db.ScalarAsync<int>("""
            WITH g AS (INSERT INTO genres (name, slug, is_active) VALUES ('Approved zz', 'approved-zz', true) RETURNING id)
            INSERT INTO user_genres (user_id, genre_id) SELECT $1, id FROM g
            """, _owner);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        foreach (var (type, value) in new[] { (CustomFieldType.Genre, "Zydeco Drill"), (CustomFieldType.Skill, "Tape Splicing"), (CustomFieldType.Genre, "Amapiano Jazz") })
        {
            Assert.True((await _db.Services(CurrentUser.For(_owner), clock).Get<TaxonomyService>().RequestCustomValueAsync(type, value)).Succeeded);
            clock.Advance(TimeSpan.FromMinutes(1));
        }
        var recorder = new RecordingCommandInterceptor();
        var services = _db.Services(CurrentUser.For(_owner), configure: s => s.AddSingleton(sp =>
            new AppDbContextPool(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<TimeProvider>(), recorder)));

        var profile = (await services.Get<ProfileService>().GetProfileAsync("loc_owner")).Profile!;

        Assert.Equal([("Approved zz", false), ("Zydeco Drill", true), ("Amapiano Jazz", true)], profile.Genres.Select(g => (g.Name, g.IsPending)));
        Assert.Equal([("Tape Splicing", true)], profile.Skills.Select(g => (g.Name, g.IsPending)));
        Assert.Single(recorder.Commands, sql => sql.Contains("user_genres") || sql.Contains("custom_field_requests"));
    }

    [Fact]
    public async Task Categories_skills_and_genres_come_in_one_statement_each_list_in_its_own_order()
    {
        await _db.ScalarAsync<int>("""
            WITH c AS (INSERT INTO categories (name, slug, sort_order) VALUES ('Zeta work', 'zeta-work', 1), ('Alpha work', 'alpha-work', 2) RETURNING id),
                 s AS (INSERT INTO skills (name, slug, is_admin_approved) VALUES ('Mixing zz', 'mixing-zz', true), ('Arranging zz', 'arranging-zz', true),
                                                                                 ('Unapproved zz', 'unapproved-zz', false) RETURNING id),
                 g AS (INSERT INTO genres (name, slug, is_active) VALUES ('Trap zz', 'trap-zz', true), ('Ambient zz', 'ambient-zz', true),
                                                                        ('Retired zz', 'retired-zz', false) RETURNING id),
                 uc AS (INSERT INTO user_categories (user_id, category_id) SELECT $1, id FROM c),
                 us AS (INSERT INTO user_skills (user_id, skill_id) SELECT $1, id FROM s)
            INSERT INTO user_genres (user_id, genre_id) SELECT $1, id FROM g
            """, _owner);
        var recorder = new RecordingCommandInterceptor();
        var services = _db.Services(CurrentUser.For(_visitor), configure: s => s.AddSingleton(sp =>
            new AppDbContextPool(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<TimeProvider>(), recorder)));

        var profile = (await services.Get<ProfileService>().GetProfileAsync("loc_owner")).Profile!;

        Assert.Equal(["Zeta work", "Alpha work"], profile.Categories.Select(c => c.Name));
        Assert.Equal(["Arranging zz", "Mixing zz"], profile.Skills.Select(c => c.Name));
        Assert.Equal(["Ambient zz", "Trap zz"], profile.Genres.Select(c => c.Name));
        Assert.All(profile.Categories.Concat(profile.Skills).Concat(profile.Genres), chip => Assert.False(chip.IsPending));
        Assert.Single(recorder.Commands, sql => sql.Contains("user_categories") || sql.Contains("user_skills") || sql.Contains("user_genres"));
    }
}
