using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Taxonomy;
using ProducersAvenue.Tests.Support;
using static ProducersAvenue.Tests.Integration.Taxonomy.TaxonomyTestData;

namespace ProducersAvenue.Tests.Integration.Taxonomy;

public sealed class ConcurrentCustomValueRequests : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Five_members_asking_at_once_yield_one_request_and_one_genre()
    {
        var members = await CreateMembersAsync(_db, "rush", 5);
        var services = members.Select(m => _db.Services(CurrentUser.For(m)).Get<TaxonomyService>()).ToList();
        using var start = new SemaphoreSlim(0);

        var requests = services.Select(async (service, i) =>
        {
            await start.WaitAsync();
            return await service.RequestCustomValueAsync(CustomFieldType.Genre, i % 2 == 0 ? "Balkan Trap" : "balkan  trap");
        }).ToList();
        start.Release(services.Count);
        var outcomes = await Task.WhenAll(requests);

        Assert.All(outcomes, o => Assert.True(o.Succeeded));
        await using var db = _db.Context();
        var request = Assert.Single(await db.CustomFieldRequests.AsNoTracking().ToListAsync());
        Assert.Equal(5, request.RequestCount);
        Assert.Equal(CustomFieldStatus.AutoApproved, request.Status);
        var genre = Assert.Single(await db.Genres.Where(g => g.Slug == "balkan-trap").ToListAsync());
        Assert.Equal(5, await db.UserGenres.CountAsync(l => l.GenreId == genre.Id));
        Assert.Equal(5, (await CustomFieldNotificationsAsync(_db)).Count);
    }
}
