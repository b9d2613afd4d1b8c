using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Notifications.Email;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Support.Fakes;

namespace ProducersAvenue.Tests.Integration.Persistence;

/// <summary>
/// Decision 016: a command's rows — the post, its tag counts, its notifications, its emails — commit in one transaction or
/// not at all, and the bells ring only for what committed.
/// </summary>
public sealed class CommandsCommitAsOneUnit : IAsyncLifetime
{
    private TestDb _db = null!;
    private readonly RecordingBroadcaster _bells = new();

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private TestServices As(Guid member) => _db.As(member, configure: s => s.AddSingleton<INotificationBroadcaster>(_bells));

    [Fact]
    public async Task A_command_that_fails_after_its_first_write_leaves_nothing_behind_and_rings_no_bell()
    {
        var author = await _db.CreateUserAsync("unit_author");
        var fan = await _db.CreateUserAsync("unit_fan");
        await using var services = As(author);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => services.Get<UnitOfWork>().RunAsync(async (_, ct) =>
        {
            var posted = await services.Get<PostService>().CreateAsync(new CreatePostCommand { Content = "Rolled back #unitwork thanks @unit_fan" }, ct);
            Assert.True(posted.Succeeded);
            await services.Get<IMailer>().SendAsync("fan@example.test", "A new post", "<p>hello</p>", ct);
            throw new InvalidOperationException("the storage write after the post failed");
        }));

        Assert.Equal("the storage write after the post failed", failure.Message);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM posts WHERE user_id = $1", author));
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM tags WHERE slug = 'unitwork'"));
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1", fan));
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM email_outbox WHERE to_address = 'fan@example.test'"));
        Assert.Empty(_bells.Published);
    }

    [Fact]
    public async Task A_command_that_returns_a_failure_after_writing_keeps_none_of_its_writes()
    {
        var author = await _db.CreateUserAsync("unit_quitter");
        await using var services = As(author);

        var result = await services.Get<UnitOfWork>().RunAsync<Result>(async (_, ct) =>
        {
            await services.Get<PostService>().CreateAsync(new CreatePostCommand { Content = "Written, then refused" }, ct);
            return new Error("test.price_changed", "The price changed while you were paying.", "Price");
        });

        Assert.False(result.Succeeded);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM posts WHERE user_id = $1", author));
    }

    [Fact]
    public async Task Bells_ring_after_the_commit_so_the_recipient_already_sees_the_notification()
    {
        var author = await _db.CreateUserAsync("unit_writer");
        var fan = await _db.CreateUserAsync("unit_reader");
        var visibleWhenRung = new List<long>();
        _bells.OnPublish = userId => visibleWhenRung.Add(
            _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1", userId).GetAwaiter().GetResult());
        await using var services = As(author);

        var posted = await services.Get<PostService>().CreateAsync(new CreatePostCommand { Content = "Out now, @unit_reader #unitrelease" });

        Assert.True(posted.Succeeded);
        Assert.Equal([fan], _bells.Published);
        Assert.Equal([1L], visibleWhenRung);
        Assert.Equal(1, await _db.ScalarAsync<int>("SELECT usage_count FROM tags WHERE slug = 'unitrelease'"));
    }

    [Fact]
    public async Task Two_commands_that_deadlock_are_both_retried_to_completion()
    {
        var author = await _db.CreateUserAsync("unit_artist");
        var ana = await _db.CreateUserAsync("unit_ana");
        var bo = await _db.CreateUserAsync("unit_bo");
        var first = await _db.As(author).PostAsync("First single");
        var second = await _db.As(author).PostAsync("Second single");
        await using var anaServices = As(ana);
        await using var boServices = As(bo);

        // Each like bumps its post's counter (a row lock held to the commit). Ana likes first then second, Bo second then
        // first, each waiting for the other after their first like: PostgreSQL breaks the deadlock by failing one unit.
        var anaLiked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var boLiked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = 0;
        Task LikeBothAsync(TestServices services, Guid one, Guid two, TaskCompletionSource mine, TaskCompletionSource theirs) =>
            services.Get<UnitOfWork>().RunAsync(async (_, ct) =>
            {
                var firstAttempt = Interlocked.Increment(ref attempts) <= 2;
                Assert.True((await services.Get<LikeService>().LikePostAsync(one, ct)).Succeeded);
                if (firstAttempt)
                {
                    mine.TrySetResult();
                    await theirs.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
                }
                Assert.True((await services.Get<LikeService>().LikePostAsync(two, ct)).Succeeded);
            });

        await Task.WhenAll(
            LikeBothAsync(anaServices, first, second, anaLiked, boLiked),
            LikeBothAsync(boServices, second, first, boLiked, anaLiked));

        // At least one unit was run again (a busy machine may let the retry meet the other unit once more).
        Assert.InRange(attempts, 3, 6);
        Assert.Equal(2, await _db.ScalarAsync<int>("SELECT likes_count FROM posts WHERE id = $1", first));
        Assert.Equal(2, await _db.ScalarAsync<int>("SELECT likes_count FROM posts WHERE id = $1", second));
        Assert.Equal(4, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1 AND type = 'like'", author));
        // The retried unit's first attempt rang nothing: one bell per committed like.
        Assert.Equal(4, _bells.Published.Count(id => id == author));
    }
}
