using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Social;

/// <summary>Which comments a viewer may see, and therefore like, reply to, edit or delete.</summary>
internal static class CommentQueries
{
    /// <summary>
    /// The comments the caller may read: every member-facing read of comments starts here (decision 137). The view
    /// <c>visible_comments</c> is the comments policy's own rule — admins see every comment; others see a comment only on a
    /// post they may see (<see cref="PostQueries.VisiblePosts"/>), never one by a banned member, and a hidden one only when
    /// they wrote it. The post's visibility is a join, so a post's comment tree checks its post once, not per comment.
    /// </summary>
    public static IQueryable<Comment> VisibleComments(this AppDbContext db) => db.Comments.FromSqlRaw("SELECT * FROM visible_comments");

    /// <summary>
    /// The comments a thread shows <paramref name="viewer"/>: the visible ones (<see cref="VisibleComments"/>) but those of
    /// members they muted (silently) and of block partners (decision 205). A post's page counts the same ones.
    /// </summary>
    public static IQueryable<Comment> ShownTo(this IQueryable<Comment> visible, Guid? viewer) =>
        viewer == null ? visible : visible.Where(c => !AppDbContext.Muted(c.UserId) && !AppDbContext.BlockedWith(c.UserId));
}
