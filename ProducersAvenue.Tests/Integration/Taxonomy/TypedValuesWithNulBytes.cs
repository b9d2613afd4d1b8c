using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Taxonomy;
using ProducersAvenue.Tests.Support;
using static ProducersAvenue.Tests.Integration.Taxonomy.TaxonomyTestData;

namespace ProducersAvenue.Tests.Integration.Taxonomy;

/// <summary>
/// What a member types into a genre, skill or instrument box reaches PostgreSQL only through <see cref="TextInput.Clean"/>:
/// a NUL byte made the suggestion search fail inside the picker (PostgreSQL refuses NUL in text) and a request throw.
/// </summary>
public sealed class TypedValuesWithNulBytes : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Suggestions_for_a_query_with_a_nul_byte_are_those_for_the_query_without_it()
    {
        var member = await _db.CreateUserAsync("nul_searcher");
        var taxonomy = _db.Services(CurrentUser.For(member)).Get<TaxonomyService>();

        var found = await taxonomy.SearchAsync(CustomFieldType.Genre, "Ja\0zz");
        var plain = await taxonomy.SearchAsync(CustomFieldType.Genre, "Jazz");

        Assert.NotEmpty(plain);
        Assert.Equal(plain.Select(c => c.Id), found.Select(c => c.Id));
    }

    [Fact]
    public async Task A_requested_value_with_a_nul_byte_is_recorded_without_it()
    {
        var member = await _db.CreateUserAsync("nul_requester");

        var outcome = await RequestAsync(_db, member, CustomFieldType.Skill, "Tape\0 Echo");

        Assert.True(outcome.Succeeded);
        Assert.Equal("Tape Echo", outcome.Value!.Chip.Name);
    }
}
