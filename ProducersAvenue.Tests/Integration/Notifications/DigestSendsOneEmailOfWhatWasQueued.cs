using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Notifications.Digest;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Notifications;

/// <summary>
/// Decision 211: the digest job sends each member one email with the chatty events queued since their last digest, and
/// nothing to a member with nothing queued. The clock is fake: "the next morning" is a test, not a wait.
/// </summary>
public sealed class DigestSendsOneEmailOfWhatWasQueued : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(SocialTestKit.Start);
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<int> RunDigestAsync() => _db.Services(clock: _clock).Get<NotificationDigest>().SendDueAsync();

    [Fact]
    public async Task Three_likes_and_follows_make_one_email_with_three_lines_and_the_next_run_sends_nothing()
    {
        var author = await _db.CreateUserAsync("author");
        var quiet = await _db.CreateUserAsync("quiet");
        var post = await _db.As(author, clock: _clock).PostAsync("New beat");
        foreach (var name in new[] { "ava", "ben" })
        {
            var fan = await _db.CreateUserAsync(name);
            Assert.True((await _db.As(fan, clock: _clock).Get<LikeService>().TogglePostAsync(post)).Succeeded);
            if (name == "ava") await _db.As(fan, clock: _clock).FollowAsync(author);
        }
        _clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(1, await RunDigestAsync());

        var email = Assert.Single(await _db.EmailsToAsync("author@example.test"));
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(email, "<li>"));
        Assert.Contains("@ava liked your post", email);
        Assert.Contains("@ben liked your post", email);
        Assert.Contains("@ava followed you", email);
        Assert.Contains("t=like", email);
        Assert.Contains("t=follow", email);
        Assert.Equal("Your digest: 3 new notifications",
            await _db.ScalarAsync<string>("SELECT subject FROM email_outbox WHERE to_address = 'author@example.test'"));
        Assert.Empty(await _db.EmailsToAsync("quiet@example.test"));
        Assert.Equal(0, await _db.DigestItemsAsync(author));
        _ = quiet;

        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await RunDigestAsync());
        Assert.Single(await _db.EmailsToAsync("author@example.test"));
    }

    [Fact]
    public async Task With_nothing_queued_no_email_is_sent()
    {
        await _db.CreateUserAsync("author");

        Assert.Equal(0, await RunDigestAsync());

        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM email_outbox"));
    }

    [Fact]
    public async Task Events_after_the_run_wait_for_the_next_digest()
    {
        var author = await _db.CreateUserAsync("author");
        var fan = await _db.CreateUserAsync("fan");
        var later = new FakeTimeProvider(SocialTestKit.Start.AddDays(2));
        await _db.As(fan, clock: later).FollowAsync(author);

        Assert.Equal(0, await RunDigestAsync());
        Assert.Equal(1, await _db.DigestItemsAsync(author));

        _clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, await RunDigestAsync());
    }
}
