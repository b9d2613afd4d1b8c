using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Social;

/// <summary>
/// Likes on posts and comments. Idempotent (INSERT … ON CONFLICT DO NOTHING / DELETE); the counters are kept by
/// triggers, so concurrent toggles always end with likes_count equal to the like rows. Open post pages hear of a change
/// once it commits (<see cref="IPostBroadcaster"/>): the post's likes, or its thread for a comment's.
/// </summary>
public sealed class LikeService(UnitOfWork units, ICurrentUser user, INotifier notifier, IPostBroadcaster broadcaster, TimeProvider clock)
{
    public async Task<Result<LikeState>> LikePostAsync(Guid postId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result<LikeState>>(async (db, ct) =>
        {
            var post = await db.VisiblePosts().AsNoTracking().Where(p => p.Id == postId).Select(p => new { p.UserId }).FirstOrDefaultAsync(ct);
            if (post is null) return SocialErrors.PostNotFound;
            var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO post_likes (id, post_id, user_id, created_at) VALUES ({Guid.CreateVersion7()}, {postId}, {me}, {clock.GetUtcNow()})
                ON CONFLICT (post_id, user_id) DO NOTHING
                """, ct);
            if (inserted == 1)
            {
                await notifier.NotifyAsync(new NotificationRequest(post.UserId, NotificationType.Like, $"@{await UsernameAsync(db, me, ct)} liked your post",
                    "Someone liked your post.", $"/posts/{postId}", me, postId), ct);
                UnitOfWork.AfterCommit(() => broadcaster.Publish(postId, PostChange.Likes));
            }
            return await PostStateAsync(db, postId, ct);
        }, cancellationToken);
    }

    public async Task<Result<LikeState>> UnlikePostAsync(Guid postId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result<LikeState>>(async (db, ct) =>
        {
            if (!await db.VisiblePosts().Where(p => p.Id == postId).AnyAsync(ct)) return SocialErrors.PostNotFound;
            if (await db.PostLikes.Where(l => l.PostId == postId && l.UserId == me).ExecuteDeleteAsync(ct) > 0)
                UnitOfWork.AfterCommit(() => broadcaster.Publish(postId, PostChange.Likes));
            return await PostStateAsync(db, postId, ct);
        }, cancellationToken);
    }

    /// <summary>Likes when not liked yet, unlikes otherwise (the like button).</summary>
    public async Task<Result<LikeState>> TogglePostAsync(Guid postId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync(async (db, ct) =>
            await db.PostLikes.AnyAsync(l => l.PostId == postId && l.UserId == me, ct)
                ? await UnlikePostAsync(postId, ct)
                : await LikePostAsync(postId, ct), cancellationToken);
    }

    public async Task<Result<LikeState>> ToggleCommentAsync(Guid commentId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result<LikeState>>(async (db, ct) =>
        {
            // Only a comment the member may see, on a post they may see: a comment id alone proves nothing.
            var comment = await db.VisibleComments().AsNoTracking().Where(c => c.Id == commentId)
                .Select(c => new { c.UserId, c.PostId }).FirstOrDefaultAsync(ct);
            if (comment is null) return SocialErrors.CommentNotFound;
            var removed = await db.CommentLikes.Where(l => l.CommentId == commentId && l.UserId == me).ExecuteDeleteAsync(ct);
            if (removed == 0)
            {
                var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO comment_likes (id, comment_id, user_id, created_at) VALUES ({Guid.CreateVersion7()}, {commentId}, {me}, {clock.GetUtcNow()})
                    ON CONFLICT (comment_id, user_id) DO NOTHING
                    """, ct);
                if (inserted == 1)
                    await notifier.NotifyAsync(new NotificationRequest(comment.UserId, NotificationType.Like,
                        $"@{await UsernameAsync(db, me, ct)} liked your comment", "Someone liked your comment.",
                        $"/posts/{comment.PostId}#comment-{commentId}", me, commentId), ct);
            }
            var count = await db.Comments.Where(c => c.Id == commentId).Select(c => c.LikesCount).FirstAsync(ct);
            UnitOfWork.AfterCommit(() => broadcaster.Publish(comment.PostId));
            return new LikeState(removed == 0, count);
        }, cancellationToken);
    }

    private async Task<Result<LikeState>> PostStateAsync(AppDbContext db, Guid postId, CancellationToken cancellationToken)
    {
        var me = user.UserId;
        var state = await db.VisiblePosts().Where(p => p.Id == postId)
            .Select(p => new LikeState(db.PostLikes.Any(l => l.PostId == postId && l.UserId == me), p.LikesCount))
            .FirstOrDefaultAsync(cancellationToken);
        return state is null ? SocialErrors.PostNotFound : state;
    }

    private static Task<string> UsernameAsync(AppDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.UserProfiles.Where(p => p.UserId == userId).Select(p => p.Username).FirstAsync(cancellationToken);
}

/// <summary>Whether the viewer likes an item, and its count of likes.</summary>
public sealed record LikeState(bool Liked, int Count)
{
    /// <summary>The state a toggle leads to, as the viewer expects it before the database answers (the card shows it at once).</summary>
    public LikeState Toggled() => new(!Liked, Math.Max(0, Count + (Liked ? -1 : 1)));
}
