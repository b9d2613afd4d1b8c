using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

public sealed class ConcurrentLikeTogglesKeepTheCounterExact : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Twenty_concurrent_toggles_from_ten_members_end_with_likes_count_equal_to_the_like_rows()
    {
        var author = await _db.CreateUserAsync("author");
        var post = await _db.As(author).PostAsync("like me");
        var likers = new List<TestServices>();
        for (var i = 0; i < 10; i++) likers.Add(_db.As(await _db.CreateUserAsync($"liker{i}")));

        await Task.WhenAll(likers.SelectMany(l => new[] { l, l }).Select(l => Task.Run(() => l.Get<LikeService>().TogglePostAsync(post))));

        var rows = await _db.ScalarAsync<long>("SELECT count(*) FROM post_likes WHERE post_id = $1", post);
        var counter = await _db.ScalarAsync<int>("SELECT likes_count FROM posts WHERE id = $1", post);
        Assert.Equal(rows, counter);
    }

    [Fact]
    public async Task Liking_twice_counts_once_and_notifies_the_author_once()
    {
        var author = await _db.CreateUserAsync("author");
        var fan = _db.As(await _db.CreateUserAsync("fan"));
        var post = await _db.As(author).PostAsync("like me");

        await fan.Get<LikeService>().LikePostAsync(post);
        var second = await fan.Get<LikeService>().LikePostAsync(post);
        Assert.Equal(new LikeState(true, 1), second.Value);

        await using var db = _db.Context();
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.UserId == author && n.Type == NotificationType.Like));

        var unliked = await fan.Get<LikeService>().UnlikePostAsync(post);
        Assert.Equal(new LikeState(false, 0), unliked.Value);
    }
}
