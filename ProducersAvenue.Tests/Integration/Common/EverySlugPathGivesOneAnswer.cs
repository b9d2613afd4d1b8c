using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Taxonomy;
using ProducersAvenue.Tests.Support;
using static ProducersAvenue.Tests.Integration.Taxonomy.TaxonomyTestData;

namespace ProducersAvenue.Tests.Integration.Common;

/// <summary>
/// One slug rule (docs/decisions/019): the SQL function <c>slugify</c>, what C# gets from <see cref="Slug.OfAsync(DbContext, string, CancellationToken)"/>,
/// the slug an approved custom value is stored under, and the duplicate check of a new request all give the corpus'
/// answer. Before, C# made "Drum &amp; Bass" <c>drum-and-bass</c> and the approval in SQL made it <c>drum-bass</c>.
/// </summary>
public sealed class EverySlugPathGivesOneAnswer : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    public static TheoryData<string, string> Corpus => new()
    {
        { "Drum & Bass", "drum-and-bass" },
        { "R&B", "r-and-b" },
        { "Lo-Fi Hip Hop!", "lo-fi-hip-hop" },
        { "Café Sessions", "cafe-sessions" },
        { "Cafe\u0301 Noir", "cafe-noir" },                  // a combining acute accent, not the precomposed é
        { "Ærøskøbing Straße", "aeroskobing-strasse" },      // letters that do not decompose
        { "Łódź Techno", "lodz-techno" },
        { "İstanbul Groove", "istanbul-groove" },
        { "MiXeD CaSe", "mixed-case" },
        { "  spaced   out  ", "spaced-out" },
        { "Synthwave 🎹🔥", "synthwave" },
        { "🎧 Beats", "beats" },
        { "--Dashes--and__underscores__", "dashes-and-underscores" },
        { "C++ / DSP (pro)", "c-dsp-pro" },
        { "808s", "808s" },
        { "日本の音楽", "" },                                // nothing of a-z0-9 left: refused by the request form
        { "🎵🎶", "" },
        { string.Concat(Enumerable.Repeat("abc ", 30)), string.Join('-', Enumerable.Repeat("abc", 20)) }, // cut at 80, no dash at the end
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task The_sql_function_and_the_csharp_path_agree(string value, string slug)
    {
        Assert.Equal(slug, await _db.ScalarAsync<string>("SELECT slugify($1)", value));
        await using var db = _db.Context();
        Assert.Equal(slug, await Slug.OfAsync(db, value));
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task An_approved_custom_value_is_stored_under_the_same_slug(string value, string slug)
    {
        var member = await _db.CreateUserAsync("requester");
        var admin = await _db.CreateUserAsync("reviewer", UserRole.Admin);

        var outcome = await RequestAsync(_db, member, CustomFieldType.Genre, value);

        if (slug.Length == 0 || Slug.CollapseWhitespace(value).Length > CustomFieldRequest.ValueMaxLength)
        {
            Assert.False(outcome.Succeeded);
            return;
        }
        Assert.True(outcome.Succeeded, outcome.Errors.FirstOrDefault()?.Message);
        if (outcome.Value!.IsPending)
        {
            var request = await RequestRowAsync(_db, CustomFieldType.Genre, Slug.NormalizeKey(value));
            Assert.True((await AsAdmin(_db, admin).ApproveAsync(request.Id)).Succeeded);
        }
        Assert.Equal([slug], await _db.ColumnAsync("SELECT g.slug FROM user_genres ug JOIN genres g ON g.id = ug.genre_id WHERE ug.user_id = $1", member));
    }

    [Fact]
    public async Task A_request_whose_slug_is_an_approved_value_joins_it_instead_of_waiting()
    {
        var admin = await _db.CreateUserAsync("reviewer", UserRole.Admin);
        var first = await _db.CreateUserAsync("first_fan");
        var second = await _db.CreateUserAsync("second_fan");
        Assert.True((await RequestAsync(_db, first, CustomFieldType.Genre, "Liquid & Neuro")).Value!.IsPending);
        var request = await RequestRowAsync(_db, CustomFieldType.Genre, "liquid & neuro");
        Assert.True((await AsAdmin(_db, admin).ApproveAsync(request.Id)).Succeeded);

        var outcome = await RequestAsync(_db, second, CustomFieldType.Genre, "liquid and neuro");

        Assert.False(outcome.Value!.IsPending);
        Assert.Equal("Liquid & Neuro", outcome.Value.Chip.Name);
    }
}
