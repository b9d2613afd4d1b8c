using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Notifications;

/// <summary>What the bell and the notifications page show (NotificationQueryService) for notifications the social services wrote.</summary>
public sealed class NotificationsQuotePlainTextAndNameTheActorOnce : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_comment_in_markdown_and_html_is_quoted_as_plain_text()
    {
        var author = await _db.CreateUserAsync("author");
        var fan = await _db.CreateUserAsync("fan");
        var post = await _db.As(author).PostAsync("New beat");
        var added = await _db.As(fan).Get<CommentService>().AddAsync(post, "**Love** the _groove_ <b>on</b> [this](https://example.com)\n\n> 808s");
        Assert.True(added.Succeeded, added.FirstError?.Message);

        var item = Assert.Single((await _db.As(author).Get<NotificationQueryService>().ListAsync()).Items);

        Assert.Equal("@fan commented on your post", item.Title);
        Assert.Equal("Love the groove on this · 808s", item.Excerpt);
    }

    [Fact]
    public async Task A_like_names_the_liker_in_the_title_only()
    {
        var author = await _db.CreateUserAsync("author");
        var liker = await _db.CreateUserAsync("liker");
        var post = await _db.As(author).PostAsync("New beat");
        Assert.True((await _db.As(liker).Get<LikeService>().TogglePostAsync(post)).Succeeded);

        var item = Assert.Single((await _db.As(author).Get<NotificationQueryService>().ListAsync()).Items);

        Assert.Equal("@liker liked your post", item.Title);
        Assert.Null(item.Excerpt);
    }

    [Fact]
    public async Task A_liker_who_renamed_since_is_named_as_they_are_called_now()
    {
        var author = await _db.CreateUserAsync("author");
        var liker = await _db.CreateUserAsync("liker");
        var post = await _db.As(author).PostAsync("New beat");
        Assert.True((await _db.As(liker).Get<LikeService>().TogglePostAsync(post)).Succeeded);
        await _db.ExecuteAsync("UPDATE user_profiles SET username = 'liker_renamed' WHERE user_id = $1", liker);

        var item = Assert.Single((await _db.As(author).Get<NotificationQueryService>().ListAsync()).Items);

        Assert.Equal("@liker_renamed liked your post", item.Title);
        Assert.Equal("liker_renamed", item.ActorUsername);
    }

    [Theory]
    [InlineData("@old liked your post", "new", "@new liked your post")]
    [InlineData("Your order of “Mix” is placed", "new", "Your order of “Mix” is placed")]
    [InlineData("@old liked your post", null, "@old liked your post")]
    [InlineData("@", "new", "@")]
    [InlineData(null, "new", "")]
    public void Only_an_opening_name_is_the_actors(string? stored, string? actor, string shown) =>
        Assert.Equal(shown, NotificationQueryService.Title(stored, actor));

    [Fact]
    public async Task A_follow_names_the_follower_in_the_title_only()
    {
        var member = await _db.CreateUserAsync("member");
        var follower = await _db.CreateUserAsync("follower");
        await _db.As(follower).FollowAsync(member);

        var item = Assert.Single((await _db.As(member).Get<NotificationQueryService>().ListAsync()).Items);

        Assert.Equal("@follower followed you", item.Title);
        Assert.Null(item.Excerpt);
    }
}
