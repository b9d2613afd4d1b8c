using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Notifications;

/// <summary>
/// Decision 277: deleting a post or a comment takes the notifications about it (and about the comments and replies that
/// go with it) out of other members' bells — they quoted the deleted words and led to a page that was not found.
/// </summary>
public sealed class DeletedContentTakesItsNotifications : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<long> AboutAsync(Guid recipient, string type) =>
        _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1 AND type = $2", recipient, type);

    private static async Task<Guid> CommentAsync(TestServices member, Guid post, string text, Guid? replyTo = null)
    {
        var written = await member.Get<CommentService>().AddAsync(post, text, replyTo);
        Assert.True(written.Succeeded, written.FirstError?.Message);
        return written.Value;
    }

    [Fact]
    public async Task Deleting_a_comment_takes_the_notifications_about_it_and_its_replies()
    {
        var alice = await _db.CreateUserAsync("alice");
        var lena = await _db.CreateUserAsync("lena_keys");
        var post = await _db.As(alice).PostAsync("New loop");
        var lenas = await CommentAsync(_db.As(lena), post, "Nice");
        var alices = await CommentAsync(_db.As(alice), post, "level two by alice", lenas);
        await CommentAsync(_db.As(lena), post, "level three by lena", alices);
        Assert.True((await _db.As(lena).Get<LikeService>().ToggleCommentAsync(alices)).Succeeded);
        Assert.Equal(1, await AboutAsync(lena, "reply"));
        Assert.Equal(1, await AboutAsync(alice, "reply"));
        Assert.Equal(1, await AboutAsync(alice, "like"));

        Assert.True((await _db.As(alice).Get<CommentService>().DeleteAsync(alices)).Succeeded);

        Assert.Equal(0, await AboutAsync(lena, "reply"));  // "@alice replied to your comment: level two by alice"
        Assert.Equal(0, await AboutAsync(alice, "reply")); // lena's reply went with it
        Assert.Equal(0, await AboutAsync(alice, "like"));
        Assert.Equal(1, await AboutAsync(alice, "comment")); // lena's own comment stays, and so does its notification
    }

    [Fact]
    public async Task Deleting_a_post_takes_the_notifications_about_it_and_its_comments_and_leaves_others()
    {
        var alice = await _db.CreateUserAsync("alice");
        var lena = await _db.CreateUserAsync("lena_keys");
        var post = await _db.As(alice).PostAsync("New loop");
        var other = await _db.As(alice).PostAsync("Older loop");
        var lenas = await CommentAsync(_db.As(lena), post, "Nice");
        await CommentAsync(_db.As(alice), post, "level two by alice", lenas);
        Assert.True((await _db.As(alice).Get<PostService>().EditAsync(post, "New loop with @lena_keys")).Succeeded);
        Assert.True((await _db.As(lena).Get<LikeService>().LikePostAsync(post)).Succeeded);
        await CommentAsync(_db.As(lena), other, "This one too");
        await _db.As(lena).FollowAsync(alice);

        Assert.True((await _db.As(alice).Get<PostService>().DeleteAsync(post)).Succeeded);

        Assert.Equal(0, await AboutAsync(lena, "reply"));
        Assert.Equal(0, await AboutAsync(lena, "mention"));
        Assert.Equal(0, await AboutAsync(alice, "like"));
        Assert.Equal(1, await AboutAsync(alice, "comment")); // on the other post
        Assert.Equal(1, await AboutAsync(alice, "follow"));
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE link_url LIKE $1", $"/posts/{post}%"));
    }
}
