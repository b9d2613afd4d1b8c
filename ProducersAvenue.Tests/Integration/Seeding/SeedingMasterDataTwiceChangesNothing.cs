using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Seeding;

public sealed class SeedingMasterDataTwiceChangesNothing : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<(long Categories, long Skills, long Genres, long SubGenres, string RowVersions)> CountsAsync() =>
        (await _db.ScalarAsync<long>("SELECT count(*) FROM categories"),
         await _db.ScalarAsync<long>("SELECT count(*) FROM skills WHERE is_admin_approved AND category_id IS NOT NULL"),
         await _db.ScalarAsync<long>("SELECT count(*) FROM genres"),
         await _db.ScalarAsync<long>("SELECT count(*) FROM genres WHERE parent_genre_id IS NOT NULL"),
         await _db.ScalarAsync<string>("""
             SELECT md5(string_agg(t.id::text || ':' || t.xmin::text, ',' ORDER BY t.id)) FROM (
               SELECT id, xmin FROM categories UNION ALL SELECT id, xmin FROM skills UNION ALL SELECT id, xmin FROM genres) t
             """) ?? "");

    [Fact]
    public async Task Seeding_again_keeps_the_same_rows_and_meets_the_master_data_minimums()
    {
        // The template database was seeded once already; seed twice more.
        var before = await CountsAsync();
        await _db.OwnerServices().Seeder.SeedMasterDataAsync();
        await _db.OwnerServices().Seeder.SeedMasterDataAsync();
        var after = await CountsAsync();

        Assert.Equal((before.Categories, before.Skills, before.Genres, before.SubGenres), (after.Categories, after.Skills, after.Genres, after.SubGenres));
        Assert.Equal(before.RowVersions, after.RowVersions); // no row was written, not even with the same values
        Assert.Equal(8, after.Categories);
        Assert.True(after.Skills >= 100, $"{after.Skills} skills");
        Assert.True(after.Genres >= 50, $"{after.Genres} genres");
        Assert.True(after.SubGenres >= 10, $"{after.SubGenres} sub-genres");
    }

    [Fact]
    public async Task Every_category_has_skills_and_sub_genres_nest_two_levels_deep()
    {
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM categories c WHERE NOT EXISTS (SELECT 1 FROM skills s WHERE s.category_id = c.id)"));
        Assert.Equal("Electronic", await _db.ScalarAsync<string>("""
            SELECT top.name FROM genres g JOIN genres mid ON mid.id = g.parent_genre_id JOIN genres top ON top.id = mid.parent_genre_id
            WHERE g.slug = 'deep-house'
            """));
        Assert.Equal("hip-hop", await _db.ScalarAsync<string>("SELECT p.slug FROM genres g JOIN genres p ON p.id = g.parent_genre_id WHERE g.slug = 'lo-fi-hip-hop'"));
    }

    [Fact]
    public async Task A_missing_skill_is_restored_and_a_renamed_one_corrected()
    {
        await _db.ScalarAsync<int>("DELETE FROM skills WHERE slug = 'mastering'");
        await _db.ScalarAsync<int>("UPDATE skills SET name = 'piano (typo)' WHERE slug = 'piano'");

        await _db.OwnerServices().Seeder.SeedMasterDataAsync();

        await using var db = _db.Context();
        Assert.True(await db.Skills.AnyAsync(s => s.Slug == "mastering"));
        Assert.Equal("Piano", await db.Skills.Where(s => s.Slug == "piano").Select(s => s.Name).SingleAsync());
    }
}
