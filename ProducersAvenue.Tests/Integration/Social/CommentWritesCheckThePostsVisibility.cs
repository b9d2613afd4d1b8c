using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// Knowing a comment's id is not enough: liking, replying to, editing or deleting a comment needs a post the member may
/// see (a private author's post reaches only their connections), and writes nothing and notifies no one otherwise.
/// </summary>
public sealed class CommentWritesCheckThePostsVisibility : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _author;
    private Guid _friend;
    private Guid _post;
    private Guid _comment;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _author = await _db.CreateUserAsync("hermit");
        _friend = await _db.CreateUserAsync("friend");
        await _db.As(_friend).FollowAsync(_author);
        await _db.As(_author).FollowAsync(_friend);
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = $1", _author);
        _post = await _db.As(_author).PostAsync("For my connections only");
        _comment = (await _db.As(_author).Get<CommentService>().AddAsync(_post, "First!")).Value;
        await _db.ExecuteAsync("DELETE FROM notifications");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_stranger_cannot_like_a_comment_on_a_post_they_cannot_see()
    {
        var stranger = _db.As(await _db.CreateUserAsync("stranger"));

        var result = await stranger.Get<LikeService>().ToggleCommentAsync(_comment);

        Assert.Equal(SocialErrors.CommentNotFound, result.FirstError);
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM comment_likes"));
        Assert.Equal(0, await _db.ScalarAsync<int>("SELECT likes_count FROM comments WHERE id = $1", _comment));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications"));
    }

    [Fact]
    public async Task A_mutual_connection_can_like_it()
    {
        var result = await _db.As(_friend).Get<LikeService>().ToggleCommentAsync(_comment);

        Assert.True(result.Succeeded);
        Assert.Equal(new LikeState(true, 1), result.Value);
    }

    [Fact]
    public async Task A_stranger_cannot_reply_to_it_and_a_former_connection_can_no_longer_edit_or_delete_their_comment()
    {
        var stranger = _db.As(await _db.CreateUserAsync("stranger"));
        var friendsComment = (await _db.As(_friend).Get<CommentService>().AddAsync(_post, "Nice")).Value;
        await _db.As(_author).Get<FollowService>().UnfollowAsync(_friend);

        var reply = await stranger.Get<CommentService>().AddAsync(_post, "Let me in", _comment);
        var edit = await _db.As(_friend).Get<CommentService>().EditAsync(friendsComment, "Edited");
        var delete = await _db.As(_friend).Get<CommentService>().DeleteAsync(friendsComment);

        Assert.Equal(SocialErrors.PostNotFound, reply.FirstError);
        Assert.Equal(SocialErrors.CommentNotFound, edit.FirstError);
        Assert.Equal(SocialErrors.CommentNotFound, delete.FirstError);
        Assert.Equal("Nice", await _db.ScalarAsync<string>("SELECT content FROM comments WHERE id = $1", friendsComment));
    }
}
