using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Social;

/// <summary>Which comments a viewer may see, and therefore like, reply to, edit or delete.</summary>
internal static class CommentQueries
{
    /// <summary>
    /// Admins see every comment. Others see a comment only on a post they may see (<see cref="PostQueries.VisiblePosts"/>),
    /// never one by a banned member, and a hidden one only when they wrote it.
    /// </summary>
    public static IQueryable<Comment> VisibleTo(this IQueryable<Comment> comments, AppDbContext db, ICurrentUser viewer)
    {
        if (viewer.IsAdmin) return comments;
        var me = viewer.UserId;
        var posts = db.VisiblePosts();
        return comments.Where(c => (!c.IsHidden || c.UserId == me) &&
            !db.ProfileRestrictions.Any(a => a.UserId == c.UserId && a.IsBanned) &&
            posts.Any(p => p.Id == c.PostId));
    }
}
