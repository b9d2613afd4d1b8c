using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Content.Rendering;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Social;

/// <summary>
/// Comments and replies. Nesting stops at <see cref="SocialOptions.MaxCommentDepth"/> levels (a comment on the post is
/// level 1): a reply to a comment at the last level attaches to that comment's parent, so it shows beside it.
/// </summary>
public sealed class CommentService(IDbContextFactory<AppDbContext> contexts, ICurrentUser user, IMarkdownRenderer renderer,
    INotifier notifier, IOptions<SocialOptions> options)
{
    private readonly SocialOptions _options = options.Value;

    public async Task<Result<Guid>> AddAsync(Guid postId, string? content, Guid? replyToId = null, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        var text = content?.Trim();
        if (string.IsNullOrEmpty(text)) return SocialErrors.EmptyComment;
        if (text.Length > Comment.ContentMaxLength) return SocialErrors.ContentTooLong(Comment.ContentMaxLength);

        await using var db = contexts.CreateDbContext();
        var post = await db.Posts.AsNoTracking().Where(p => p.Id == postId).VisibleTo(db, user).Select(p => new { p.UserId }).FirstOrDefaultAsync(cancellationToken);
        if (post is null) return SocialErrors.PostNotFound;

        Guid? parentId = null;
        Guid? repliedToAuthor = null;
        if (replyToId is { } target)
        {
            // The target and its ancestors, nearest first (at most MaxCommentDepth rows while the invariant holds).
            var chain = await AncestorsAsync(db, postId, target, cancellationToken);
            if (chain.Count == 0) return SocialErrors.CommentNotFound;
            repliedToAuthor = chain[0].UserId;
            var maxDepth = Math.Max(1, _options.MaxCommentDepth);
            // chain[k] sits at level chain.Count - k; the new reply's parent must sit at level ≤ maxDepth - 1.
            var skip = Math.Max(0, chain.Count - (maxDepth - 1));
            parentId = skip < chain.Count ? chain[skip].Id : null;
        }

        var comment = new Comment { Id = Guid.CreateVersion7(), PostId = postId, UserId = me, ParentCommentId = parentId, Content = text };
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);

        var actor = await db.UserProfiles.Where(p => p.UserId == me).Select(p => p.Username).FirstAsync(cancellationToken);
        var link = $"/posts/{postId}#comment-{comment.Id}";
        var requests = new List<NotificationRequest>();
        if (repliedToAuthor is { } replied)
            requests.Add(new NotificationRequest(replied, NotificationType.Reply, $"@{actor} replied to your comment", Snippet(text), link, me, comment.Id));
        if (repliedToAuthor != post.UserId)
            requests.Add(new NotificationRequest(post.UserId, NotificationType.Comment, $"@{actor} commented on your post", Snippet(text), link, me, comment.Id));
        var mentions = Mentions.Extract(text);
        if (mentions.Count > 0)
        {
            var already = requests.Select(r => r.UserId).ToHashSet();
            var mentioned = await db.UserProfiles.Where(p => mentions.Contains(p.Username) && !p.IsBanned).Select(p => p.UserId).ToListAsync(cancellationToken);
            requests.AddRange(mentioned.Where(id => !already.Contains(id)).Select(id =>
                new NotificationRequest(id, NotificationType.Mention, $"@{actor} mentioned you", Snippet(text), link, me, comment.Id)));
        }
        await notifier.NotifyManyAsync(requests, cancellationToken);
        return comment.Id;
    }

    public async Task<Result> EditAsync(Guid commentId, string? content, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        var text = content?.Trim();
        if (string.IsNullOrEmpty(text)) return SocialErrors.EmptyComment;
        if (text.Length > Comment.ContentMaxLength) return SocialErrors.ContentTooLong(Comment.ContentMaxLength);
        await using var db = contexts.CreateDbContext();
        var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        if (comment is null) return SocialErrors.CommentNotFound;
        if (comment.UserId != me) return Error.Forbidden;
        comment.Content = text;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>Deletes an own comment (admins: any) with its replies.</summary>
    public async Task<Result> DeleteAsync(Guid commentId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        await using var db = contexts.CreateDbContext();
        var owner = await db.Comments.Where(c => c.Id == commentId).Select(c => (Guid?)c.UserId).FirstOrDefaultAsync(cancellationToken);
        if (owner is null) return SocialErrors.CommentNotFound;
        if (owner != me && !user.IsAdmin) return Error.Forbidden;
        await db.Comments.Where(c => c.Id == commentId).ExecuteDeleteAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>The visible comments of a post as a tree, oldest first at each level. One query, assembled in memory.</summary>
    public async Task<IReadOnlyList<CommentView>> TreeAsync(Guid postId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var me = user.UserId;
        var admin = user.IsAdmin;
        var rows = await (
                from c in db.Comments.AsNoTracking()
                join a in db.UserProfiles on c.UserId equals a.UserId
                where c.PostId == postId && (admin || ((!c.IsHidden || c.UserId == me) && !a.IsBanned))
                orderby c.CreatedAt, c.Id
                select new
                {
                    c.Id, c.ParentCommentId, c.UserId, a.Username, a.DisplayName, a.AvatarUrl, c.Content, c.LikesCount, c.IsHidden, c.HiddenReason, c.CreatedAt,
                    Liked = db.CommentLikes.Any(l => l.CommentId == c.Id && l.UserId == me),
                })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0 || !await PostVisibleAsync(db, postId, cancellationToken)) return [];

        var children = rows.ToLookup(r => r.ParentCommentId);
        var maxDepth = Math.Max(1, _options.MaxCommentDepth);

        List<CommentView> Build(Guid? parent, int level) => children[parent].Select(r => new CommentView
        {
            Id = r.Id, ParentId = r.ParentCommentId,
            Author = new AuthorView(r.UserId, r.Username, string.IsNullOrWhiteSpace(r.DisplayName) ? r.Username : r.DisplayName, r.AvatarUrl),
            Content = r.Content, BodyHtml = renderer.ToSafeHtml(r.Content), Level = level, LikesCount = r.LikesCount, LikedByViewer = r.Liked,
            IsHidden = r.IsHidden, HiddenReason = r.UserId == me || admin ? r.HiddenReason : null, CreatedAt = r.CreatedAt,
            CanEdit = r.UserId == me, CanDelete = r.UserId == me || admin, CanNest = level < maxDepth,
            Replies = Build(r.Id, level + 1),
        }).ToList();

        // Replies under a comment the viewer cannot see are never reached, so they are not shown either.
        return Build(null, 1);
    }

    private async Task<bool> PostVisibleAsync(AppDbContext db, Guid postId, CancellationToken cancellationToken) =>
        await db.Posts.Where(p => p.Id == postId).VisibleTo(db, user).AnyAsync(cancellationToken);

    private static async Task<List<ChainRow>> AncestorsAsync(AppDbContext db, Guid postId, Guid commentId, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<ChainRow>($"""
            WITH RECURSIVE chain AS (
              SELECT id, parent_comment_id, user_id, 0 AS distance FROM comments WHERE id = {commentId} AND post_id = {postId}
              UNION ALL
              SELECT c.id, c.parent_comment_id, c.user_id, chain.distance + 1 FROM comments c JOIN chain ON c.id = chain.parent_comment_id
            )
            SELECT id, user_id, distance FROM chain
            """).OrderBy(r => r.Distance).ToListAsync(cancellationToken);

    private static string Snippet(string text) => text.Length <= 140 ? text : text[..140] + "…";

    private sealed record ChainRow(Guid Id, Guid UserId, int Distance);
}
