using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// Decision 241: a post or comment its author rewrote carries when (<c>edited_at</c>) to its readers' views; likes and
/// comments, which move <c>updated_at</c>, do not mark it, and saving the same text again does not either.
/// </summary>
public sealed class EditedPostsAndCommentsSaySo : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_rewritten_post_shows_when_it_was_edited_and_a_liked_one_does_not()
    {
        var clock = SocialTestKit.Clock();
        var authorId = await _db.CreateUserAsync("edit_author");
        var readerId = await _db.CreateUserAsync("edit_reader");
        await using var author = _db.Services(CurrentUser.For(authorId), clock);
        await using var reader = _db.Services(CurrentUser.For(readerId), clock);
        var liked = await author.PostAsync("A loop for the weekend");
        var rewritten = await author.PostAsync("A beat with a typo");
        var same = await author.PostAsync("Saved again as it was");
        Assert.True((await reader.Get<LikeService>().LikePostAsync(liked)).Succeeded);
        Assert.True((await reader.Get<CommentService>().AddAsync(liked, "Nice")).Succeeded);

        clock.Advance(TimeSpan.FromMinutes(7));
        Assert.True((await author.Get<PostService>().EditAsync(rewritten, "A beat without a typo")).Succeeded);
        Assert.True((await author.Get<PostService>().EditAsync(same, "Saved again as it was")).Succeeded);

        var feed = reader.Get<FeedService>();
        Assert.Null((await feed.GetAsync(liked))!.EditedAt);
        Assert.Equal(clock.GetUtcNow(), (await feed.GetAsync(rewritten))!.EditedAt);
        Assert.Null((await feed.GetAsync(same))!.EditedAt);
    }

    [Fact]
    public async Task A_rewritten_comment_shows_when_it_was_edited_and_a_liked_one_does_not()
    {
        var clock = SocialTestKit.Clock();
        var authorId = await _db.CreateUserAsync("edit_poster");
        var commenterId = await _db.CreateUserAsync("edit_commenter");
        await using var author = _db.Services(CurrentUser.For(authorId), clock);
        await using var commenter = _db.Services(CurrentUser.For(commenterId), clock);
        var post = await author.PostAsync("Feedback welcome");
        var comments = commenter.Get<CommentService>();
        var liked = (await comments.AddAsync(post, "Great kick")).Value;
        var rewritten = (await comments.AddAsync(post, "The snare neds air")).Value;
        Assert.True((await author.Get<LikeService>().ToggleCommentAsync(liked)).Succeeded);

        clock.Advance(TimeSpan.FromMinutes(3));
        Assert.True((await comments.EditAsync(rewritten, "The snare needs air")).Succeeded);
        Assert.True((await comments.EditAsync(liked, "Great kick")).Succeeded);

        var tree = await author.Get<CommentService>().TreeAsync(post);
        Assert.Null(tree.Single(c => c.Id == liked).EditedAt);
        Assert.Equal(clock.GetUtcNow(), tree.Single(c => c.Id == rewritten).EditedAt);
        await using var db = _db.Context();
        Assert.Equal(1, await db.Comments.CountAsync(c => c.PostId == post && c.EditedAt != null));
    }
}
