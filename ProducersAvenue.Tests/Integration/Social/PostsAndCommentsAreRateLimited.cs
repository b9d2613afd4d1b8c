using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Content.Rendering;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Support.Fakes;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// One member writes at most <c>Social:PostsPerHour</c> posts and <c>Social:CommentsPerMinute</c> comments: a script cannot
/// flood the feeds, and a refused link post has the server fetch nothing from another site.
/// </summary>
public sealed class PostsAndCommentsAreRateLimited : IAsyncLifetime
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = SocialTestKit.Clock();
    private readonly FakeLinkPreviewFetcher _previews = new();
    private TestDb _db = null!;
    private Guid _writer;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _writer = await _db.CreateUserAsync("busy_writer");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private TestServices Writer => _db.As(_writer, clock: _clock,
        configure: s => s.AddSingleton<ILinkPreviewFetcher>(_previews),
        settings: new Dictionary<string, string?> { ["Social:PostsPerHour"] = "3", ["Social:CommentsPerMinute"] = "2" });

    [Fact]
    public async Task The_post_past_the_hourly_limit_is_refused_before_its_link_is_fetched_and_an_hour_later_goes_through()
    {
        for (var i = 0; i < 3; i++) await Writer.PostAsync($"take {i}");
        var link = new CreatePostCommand { Type = PostType.Link, LinkUrl = "https://elsewhere.example/track" };

        var refused = await Writer.Get<PostService>().CreateAsync(link);
        _clock.Advance(TimeSpan.FromMinutes(61));
        var later = await Writer.Get<PostService>().CreateAsync(link);

        Assert.Equal(SocialErrors.PostingTooFast(3), refused.FirstError);
        Assert.True(later.Succeeded, later.FirstError?.Message);
        Assert.Equal(["https://elsewhere.example/track"], _previews.Requested); // once: the refused post fetched nothing
        Assert.Equal(4L, await _db.ScalarAsync<long>("SELECT count(*) FROM posts WHERE user_id = $1", _writer));
    }

    [Fact]
    public async Task The_comment_past_the_limit_of_a_minute_is_refused_and_a_minute_later_goes_through()
    {
        var post = await Writer.PostAsync("comment here");
        var comments = Writer.Get<CommentService>();

        var allowed = new[] { await comments.AddAsync(post, "one"), await comments.AddAsync(post, "two") };
        var refused = await comments.AddAsync(post, "three");
        _clock.Advance(TimeSpan.FromSeconds(61));
        var later = await comments.AddAsync(post, "three, later");

        Assert.All(allowed, a => Assert.True(a.Succeeded, a.FirstError?.Message));
        Assert.Equal(SocialErrors.CommentingTooFast(2), refused.FirstError);
        Assert.True(later.Succeeded, later.FirstError?.Message);
        Assert.Equal(3L, await _db.ScalarAsync<long>("SELECT count(*) FROM comments WHERE user_id = $1", _writer));
    }
}
