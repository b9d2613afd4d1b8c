using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Content.Rendering;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Domain.Social;

/// <summary>
/// Comments and replies. Nesting stops at <see cref="SocialOptions.MaxCommentDepth"/> levels (a comment on the post is
/// level 1): a reply to a comment at the last level attaches to that comment's parent, so it shows beside it. Open post
/// pages hear of a comment written, edited or deleted once it commits (<see cref="IPostBroadcaster"/>).
/// </summary>
public sealed class CommentService(IDbContextFactory<AppDbContext> contexts, UnitOfWork units, ICurrentUser user, IMarkdownRenderer renderer,
    INotifier notifier, IOptions<SocialOptions> options, IPublicPageCache pages, IPostBroadcaster broadcaster, TimeProvider clock)
{
    private readonly SocialOptions _options = options.Value;

    public async Task<Result<Guid>> AddAsync(Guid postId, string? content, Guid? replyToId = null, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        var text = TextInput.Clean(content)?.Trim();
        if (string.IsNullOrEmpty(text)) return SocialErrors.EmptyComment;
        if (text.Length > Comment.ContentMaxLength) return SocialErrors.ContentTooLong(Comment.ContentMaxLength);

        return await units.RunAsync<Result<Guid>>(async (db, ct) =>
        {
            UnitOfWork.AfterCommit(pages.Evict); // signed-out visitors see it (decision 121)
            var post = await db.VisiblePosts().AsNoTracking().Where(p => p.Id == postId).Select(p => new { p.UserId }).FirstOrDefaultAsync(ct);
            if (post is null) return SocialErrors.PostNotFound;
            var minuteAgo = clock.GetUtcNow().AddMinutes(-1);
            if (await db.Comments.CountAsync(c => c.UserId == me && c.CreatedAt > minuteAgo, ct) >= _options.CommentsPerMinute)
                return SocialErrors.CommentingTooFast(_options.CommentsPerMinute);

            Guid? parentId = null;
            Guid? repliedToAuthor = null;
            if (replyToId is { } target)
            {
                // The target and its ancestors, nearest first (at most MaxCommentDepth rows while the invariant holds).
                var chain = await AncestorsAsync(db, postId, target, ct);
                if (chain.Count == 0 || !await db.VisibleComments().AnyAsync(c => c.Id == target, ct))
                    return SocialErrors.CommentNotFound;
                repliedToAuthor = chain[0].UserId;
                // A block partner's comment is not shown to the caller (TreeAsync), so it cannot be answered either.
                if (await Blocks.WithCallerAsync(db, chain[0].UserId, ct)) return SocialErrors.CommentNotFound;
                var maxDepth = Math.Max(1, _options.MaxCommentDepth);
                // chain[k] sits at level chain.Count - k; the new reply's parent must sit at level ≤ maxDepth - 1.
                var skip = Math.Max(0, chain.Count - (maxDepth - 1));
                parentId = skip < chain.Count ? chain[skip].Id : null;
            }

            if (await Blocks.MentionedPartnerAsync(db, Mentions.Extract(text), ct) is { } blocked) return SocialErrors.MentionBlocked(blocked);
            var comment = new Comment { Id = Guid.CreateVersion7(), PostId = postId, UserId = me, ParentCommentId = parentId, Content = text };
            db.Comments.Add(comment);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } fk)
            {
                // The parent comment or the post was deleted between the checks above and the insert.
                return fk.ConstraintName == ParentForeignKey ? SocialErrors.CommentNotFound : SocialErrors.PostNotFound;
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege })
            {
                // Row Level Security refused the row: the post went out of the member's sight (deleted or hidden) meanwhile.
                return SocialErrors.PostNotFound;
            }

            var actor = await db.UserProfiles.Where(p => p.UserId == me).Select(p => p.Username).FirstAsync(ct);
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
                var mentioned = await MentionedReaders.OfPostAsync(db, postId, mentions, ct);
                requests.AddRange(mentioned.Where(id => !already.Contains(id)).Select(id =>
                    new NotificationRequest(id, NotificationType.Mention, $"@{actor} mentioned you", Snippet(text), link, me, comment.Id)));
            }
            await notifier.NotifyManyAsync(requests, ct);
            UnitOfWork.AfterCommit(() => broadcaster.Publish(postId));
            return comment.Id;
        }, cancellationToken);
    }

    public async Task<Result> EditAsync(Guid commentId, string? content, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        var text = TextInput.Clean(content)?.Trim();
        if (string.IsNullOrEmpty(text)) return SocialErrors.EmptyComment;
        if (text.Length > Comment.ContentMaxLength) return SocialErrors.ContentTooLong(Comment.ContentMaxLength);
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            UnitOfWork.AfterCommit(pages.Evict); // signed-out visitors see it (decision 121)
            var comment = await db.VisibleComments().Where(c => c.Id == commentId).FirstOrDefaultAsync(ct);
            if (comment is null) return SocialErrors.CommentNotFound;
            if (comment.UserId != me) return Error.Forbidden;
            // Mentions already there before a block stay; a new one of a block partner is refused.
            var before = Mentions.Extract(comment.Content).ToHashSet();
            if (await Blocks.MentionedPartnerAsync(db, Mentions.Extract(text).Where(m => !before.Contains(m)).ToList(), ct) is { } blocked)
                return SocialErrors.MentionBlocked(blocked);
            if (comment.Content != text)
            {
                comment.Content = text;
                comment.EditedAt = clock.GetUtcNow();
                await db.SaveChangesAsync(ct);
                var postId = comment.PostId;
                UnitOfWork.AfterCommit(() => broadcaster.Publish(postId));
            }
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>
    /// Deletes an own comment (admins: any) with its replies; the notifications about them (comment, reply, mention, like)
    /// go too (a trigger on comments, decision 277).
    /// </summary>
    public async Task<Result> DeleteAsync(Guid commentId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            UnitOfWork.AfterCommit(pages.Evict); // signed-out visitors see it (decision 121)
            var owner = await db.VisibleComments().Where(c => c.Id == commentId).Select(c => new { c.UserId, c.PostId }).FirstOrDefaultAsync(ct);
            if (owner is null) return SocialErrors.CommentNotFound;
            if (owner.UserId != me && !user.IsAdmin) return Error.Forbidden;
            await db.Comments.Where(c => c.Id == commentId).ExecuteDeleteAsync(ct);
            UnitOfWork.AfterCommit(() => broadcaster.Publish(owner.PostId));
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>The visible comments of a post as a tree, oldest first at each level. One query, assembled in memory.</summary>
    public async Task<IReadOnlyList<CommentView>> TreeAsync(Guid postId, CancellationToken cancellationToken = default) =>
        (await ThreadsAsync(postId, int.MaxValue, cancellationToken: cancellationToken)).Comments;

    /// <summary>
    /// The first <paramref name="threads"/> top-level comments of a post with all their replies, oldest first, and how many
    /// top-level comments follow; the thread holding <paramref name="showing"/> (a comment just written, or one a link
    /// points at) is always among those returned. Only the returned comments are rendered from Markdown, so a post with
    /// thousands of comments costs a page of them. One query, assembled in memory.
    /// </summary>
    public async Task<CommentThreads> ThreadsAsync(Guid postId, int threads, Guid? showing = null, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var me = user.UserId;
        var admin = user.IsAdmin;
        // visible_comments checks the post's visibility once for the whole tree (a join on the post's primary key) and
        // leaves out hidden comments (but the viewer's own) and banned members' (decision 137).
        var rows = await (
                from c in db.VisibleComments().AsNoTracking().ShownTo(me)
                join a in db.MemberCards on c.UserId equals a.UserId
                where c.PostId == postId
                orderby c.CreatedAt, c.Id
                select new
                {
                    c.Id, c.ParentCommentId, c.UserId, a.Username, a.DisplayName, a.AvatarUrl, c.Content, c.LikesCount, c.IsHidden, c.HiddenReason, c.CreatedAt, c.EditedAt,
                    Liked = db.CommentLikes.Any(l => l.CommentId == c.Id && l.UserId == me),
                })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0) return new CommentThreads([], 0);

        var children = rows.ToLookup(r => r.ParentCommentId);
        var maxDepth = Math.Max(1, _options.MaxCommentDepth);

        List<CommentView> Build(Guid? parent, int level, IReadOnlySet<Guid>? only = null) => children[parent].Where(r => only?.Contains(r.Id) != false).Select(r => new CommentView
        {
            Id = r.Id, ParentId = r.ParentCommentId,
            Author = new AuthorView(r.UserId, r.Username, UserProfile.NameOf(r.Username, r.DisplayName), r.AvatarUrl),
            Content = r.Content, BodyHtml = renderer.ToSafeHtml(r.Content), Level = level, LikesCount = r.LikesCount, LikedByViewer = r.Liked,
            IsHidden = r.IsHidden, HiddenReason = r.UserId == me || admin ? r.HiddenReason : null, CreatedAt = r.CreatedAt, EditedAt = r.EditedAt,
            CanEdit = r.UserId == me, CanDelete = r.UserId == me || admin, CanReport = me is not null && r.UserId != me && !admin,
            CanNest = level < maxDepth,
            Replies = Build(r.Id, level + 1),
        }).ToList();

        // Replies under a comment the viewer cannot see are never reached, so they are not shown either.
        var roots = children[null].ToList();
        var shown = Math.Clamp(threads, 0, roots.Count);
        var byId = rows.ToDictionary(r => r.Id);
        if (showing is { } id && byId.TryGetValue(id, out var row))
        {
            while (row.ParentCommentId is { } parent && byId.TryGetValue(parent, out var up)) row = up;
            shown = Math.Max(shown, roots.IndexOf(row) + 1);
        }
        var page = roots.Take(shown).Select(r => r.Id).ToHashSet();
        return new CommentThreads(Build(null, 1, page), roots.Count - shown);
    }

    private static async Task<List<ChainRow>> AncestorsAsync(AppDbContext db, Guid postId, Guid commentId, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<ChainRow>($"""
            WITH RECURSIVE chain AS (
              SELECT id, parent_comment_id, user_id, 0 AS distance FROM comments WHERE id = {commentId} AND post_id = {postId}
              UNION ALL
              SELECT c.id, c.parent_comment_id, c.user_id, chain.distance + 1 FROM comments c JOIN chain ON c.id = chain.parent_comment_id
            )
            SELECT id, user_id, distance FROM chain
            """).OrderBy(r => r.Distance).ToListAsync(cancellationToken);

    private const string ParentForeignKey = "fk_comments_comments_parent_comment_id";

    private static string Snippet(string text) => text.Length <= 140 ? text : text[..140] + "…";

    private sealed record ChainRow(Guid Id, Guid UserId, int Distance);
}
