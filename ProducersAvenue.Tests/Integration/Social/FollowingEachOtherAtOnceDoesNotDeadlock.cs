using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// A→B and B→A at the same moment touch the same two profile rows (followers_count, following_count). The counter
/// trigger locks them in one order, so the two never deadlock (40P01) and the counters stay equal to the rows.
/// </summary>
/// <remarks>
/// With the old trigger about one call in 600 deadlocked here; 8 pairs × 100 rounds × 4 calls make 3,200 calls, so the
/// old code fails this test with near certainty.
/// </remarks>
public sealed class FollowingEachOtherAtOnceDoesNotDeadlock : IAsyncLifetime
{
    private const int Pairs = 8;
    private const int Rounds = 100;
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Pairs_of_members_following_and_unfollowing_each_other_at_the_same_moment_never_fail()
    {
        var pairs = new List<Pair>();
        for (var i = 0; i < Pairs; i++)
        {
            var a = await _db.CreateUserAsync($"ana{i}");
            var b = await _db.CreateUserAsync($"bo{i}");
            pairs.Add(new Pair(a, b, _db.As(a).Get<FollowService>(), _db.As(b).Get<FollowService>()));
        }

        for (var round = 0; round < Rounds; round++)
        {
            // Every pair at once: both follow each other at the same moment, then both unfollow at the same moment.
            await Task.WhenAll(pairs.Select(p => AtOnceAsync(() => p.AsA.FollowAsync(p.B), () => p.AsB.FollowAsync(p.A))));
            await Task.WhenAll(pairs.Select(p => AtOnceAsync(() => p.AsA.UnfollowAsync(p.B), () => p.AsB.UnfollowAsync(p.A))));
        }
        await Task.WhenAll(pairs.Select(p => AtOnceAsync(() => p.AsA.FollowAsync(p.B), () => p.AsB.FollowAsync(p.A))));

        var counters = await _db.ColumnAsync("SELECT followers_count || '/' || following_count FROM user_profiles");
        Assert.Equal(Enumerable.Repeat("1/1", Pairs * 2), counters);
    }

    /// <summary>
    /// Both calls start on the thread pool and wait for one gate, opened once both are waiting: they reach the database
    /// together, and no pool thread is blocked while they wait (as a <see cref="Barrier"/> blocked two per pair).
    /// </summary>
    private static async Task AtOnceAsync(Func<Task<Result>> first, Func<Task<Result>> second)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = 0;
        async Task<Result> RunAsync(Func<Task<Result>> call)
        {
            if (Interlocked.Increment(ref waiting) == 2) gate.SetResult();
            await gate.Task;
            return await call();
        }
        var results = await Task.WhenAll(Task.Run(() => RunAsync(first)), Task.Run(() => RunAsync(second)));
        Assert.All(results, r => Assert.True(r.Succeeded, r.FirstError?.Message));
    }

    private sealed record Pair(Guid A, Guid B, FollowService AsA, FollowService AsB);
}
