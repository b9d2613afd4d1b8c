using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

public sealed class HomeFeedPagesWithoutDuplicatesOrSkips : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Posts_sharing_one_timestamp_come_back_once_each_across_pages_newest_first()
    {
        var viewer = await _db.CreateUserAsync("viewer");
        var followed = await _db.CreateUserAsync("followed");
        var stranger = await _db.CreateUserAsync("stranger");
        var me = _db.As(viewer, settings: new Dictionary<string, string?> { ["Social:FeedPageSize"] = "3" });
        await me.FollowAsync(followed);

        var same = SocialTestKit.Start.AddHours(-1);
        var expected = new List<Guid>();
        for (var i = 0; i < 7; i++) expected.Add(await _db.InsertPostAsync(followed, $"same time {i}", same));
        expected.Add(await _db.InsertPostAsync(viewer, "my own, newer", same.AddMinutes(5)));
        expected.Add(await _db.InsertPostAsync(followed, "older", same.AddMinutes(-5)));
        await _db.InsertPostAsync(stranger, "not followed", same.AddMinutes(1));

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await me.Get<FeedService>().HomeAsync(cursor);
            Assert.True(page.Items.Count <= 3);
            seen.AddRange(page.Items.Select(p => p.Id));
            cursor = page.NextCursor;
            pages++;
        } while (cursor is not null && pages < 10);

        Assert.Equal(expected.Count, seen.Count);
        Assert.Equal(expected.ToHashSet(), seen.ToHashSet());
        var order = expected.OrderByDescending(id => id == expected[7] ? 2 : id == expected[8] ? 0 : 1).ThenByDescending(id => id.ToString(), StringComparer.Ordinal).ToList();
        Assert.Equal(order, seen);
    }

    [Fact]
    public async Task A_signed_out_visitor_has_an_empty_home_feed()
    {
        var page = await _db.Anonymous().Get<FeedService>().HomeAsync();
        Assert.Empty(page.Items);
        Assert.Null(page.NextCursor);
    }
}
