using ProducersAvenue.Domain.Taxonomy;
using ProducersAvenue.Tests.Support;
using static ProducersAvenue.Tests.Integration.Taxonomy.TaxonomyTestData;

namespace ProducersAvenue.Tests.Integration.Taxonomy;

public sealed class RepeatedRequestsByOneMember : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_same_member_asking_twice_counts_once()
    {
        var members = await CreateMembersAsync(_db, "repeat", 2);

        await RequestAsync(_db, members[0], CustomFieldType.Skill, "Tape Saturation");
        var again = await RequestAsync(_db, members[0], CustomFieldType.Skill, "tape  saturation");
        await RequestAsync(_db, members[1], CustomFieldType.Skill, "Tape Saturation");
        await RequestAsync(_db, members[1], CustomFieldType.Skill, "TAPE SATURATION");

        Assert.True(again.Value!.IsPending);
        var request = await RequestRowAsync(_db, CustomFieldType.Skill, "tape saturation");
        Assert.Equal(2, request.RequestCount);
        Assert.Equal(CustomFieldStatus.Pending, request.Status);
        Assert.Equal(members.Order(), request.RequestedBy.Order());
        Assert.Equal("Tape Saturation", request.FieldValue);
    }

    [Fact]
    public async Task A_withdrawn_request_stops_counting_and_disappears_when_nobody_wants_it()
    {
        var member = await _db.CreateUserAsync("changes_mind");
        var outcome = await RequestAsync(_db, member, CustomFieldType.Genre, "Dungeon Synth");

        var withdrawn = await _db.Services(ProducersAvenue.Domain.Common.CurrentUser.For(member)).Get<TaxonomyService>()
            .WithdrawRequestAsync(outcome.Value!.Chip.Id);

        Assert.True(withdrawn.Succeeded);
        await using var db = _db.Context();
        Assert.Empty(db.CustomFieldRequests);
    }
}
