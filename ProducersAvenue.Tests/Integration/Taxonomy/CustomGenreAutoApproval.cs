using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Taxonomy;
using ProducersAvenue.Tests.Support;
using static ProducersAvenue.Tests.Integration.Taxonomy.TaxonomyTestData;

namespace ProducersAvenue.Tests.Integration.Taxonomy;

public sealed class CustomGenreAutoApproval : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Auto_approves_a_genre_at_the_fifth_distinct_requester_and_notifies_all_five()
    {
        var members = await CreateMembersAsync(_db, "genre_fan", 5);
        string[] spellings = ["Tamburica", "tamburica", "  TAMBURICA ", "Tamburica", "tambURica"];

        for (var i = 0; i < 4; i++)
        {
            var outcome = await RequestAsync(_db, members[i], CustomFieldType.Genre, spellings[i]);
            Assert.True(outcome.Value!.IsPending);
        }
        Assert.Equal(CustomFieldStatus.Pending, (await RequestRowAsync(_db, CustomFieldType.Genre, "tamburica")).Status);
        Assert.Empty(await CustomFieldNotificationsAsync(_db));

        var fifth = await RequestAsync(_db, members[4], CustomFieldType.Genre, spellings[4]);

        Assert.False(fifth.Value!.IsPending);
        var request = await RequestRowAsync(_db, CustomFieldType.Genre, "tamburica");
        Assert.Equal(CustomFieldStatus.AutoApproved, request.Status);
        Assert.Equal(5, request.RequestCount);
        await using var db = _db.Context();
        var genre = await db.Genres.SingleAsync(g => g.Slug == "tamburica");
        Assert.Equal("Tamburica", genre.Name);
        Assert.Equal(request.CreatedFieldId, genre.Id);
        Assert.Equal(genre.Id, fifth.Value.Chip.Id);
        var attached = await db.UserGenres.Where(l => l.GenreId == genre.Id).Select(l => l.UserId).ToListAsync();
        Assert.Equal(members.Order(), attached.Order());
        var notified = (await CustomFieldNotificationsAsync(_db)).Select(n => n.UserId).ToList();
        Assert.Equal(members.Order(), notified.Order());
    }

    [Fact]
    public async Task Attaches_an_existing_approved_genre_instead_of_filing_a_request()
    {
        var member = await _db.CreateUserAsync("lofi_lover");
        await using (var db = _db.Context())
        {
            db.Genres.Add(new Genre { Name = "Tamburica Jazz", Slug = "tamburica-jazz" });
            await db.SaveChangesAsync();
        }

        var outcome = await RequestAsync(_db, member, CustomFieldType.Genre, "  tamburica   JAZZ ");

        Assert.False(outcome.Value!.IsPending);
        Assert.Equal("Tamburica Jazz", outcome.Value.Chip.Name);
        await using var check = _db.Context();
        Assert.Empty(await check.CustomFieldRequests.ToListAsync());
        Assert.True(await check.UserGenres.AnyAsync(l => l.UserId == member && l.GenreId == outcome.Value.Chip.Id));
    }
}
