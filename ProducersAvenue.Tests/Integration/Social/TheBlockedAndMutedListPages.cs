using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>The settings' list of blocked and muted members comes newest first, as many as asked, and says whether more
/// are older; one member's list holds nothing of another's.</summary>
public sealed class TheBlockedAndMutedListPages : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Blocks_and_mutes_come_newest_first_as_many_as_shown_with_whether_more_are_older()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var me = await _db.CreateUserAsync("list_owner");
        var other = await _db.CreateUserAsync("list_other");
        var names = new List<string>();
        for (var i = 1; i <= 5; i++)
        {
            var member = await _db.CreateUserAsync($"listed_{i}");
            var services = _db.Services(CurrentUser.For(me), clock);
            var done = i % 2 == 0 ? await services.Get<MuteService>().MuteAsync(member) : await services.Get<BlockService>().BlockAsync(member);
            Assert.True(done.Succeeded, done.FirstError?.Message);
            names.Insert(0, $"listed_{i}");
            clock.Advance(TimeSpan.FromMinutes(1));
        }
        Assert.True((await _db.Services(CurrentUser.For(other), clock).Get<BlockService>().BlockAsync(me)).Succeeded);
        var blocks = _db.Services(CurrentUser.For(me), clock).Get<BlockService>();

        var first = await blocks.ListAsync(2);
        var all = await blocks.ListAsync(5);

        Assert.Equal(names[..2], first.Members.Select(m => m.Member.Username));
        Assert.True(first.HasMore);
        Assert.Equal(names, all.Members.Select(m => m.Member.Username));
        Assert.Equal([true, false, true, false, true], all.Members.Select(m => m.IsBlock));
        Assert.False(all.HasMore);
    }
}
