using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Content.Rendering;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Social;

/// <summary>Writing posts: create (text, media, audio, link, poll), edit, delete, pin; mentions notify (hashtags feed <c>tags</c> in a trigger).</summary>
public sealed class PostService(UnitOfWork units, ICurrentUser user, ILinkPreviewFetcher linkPreviews,
    INotifier notifier, PostMediaService media, IFileStorage storage, TimeProvider clock, IOptions<SocialOptions> options, IPublicPageCache pages)
{
    private readonly SocialOptions _options = options.Value;

    public async Task<Result<Guid>> CreateAsync(CreatePostCommand command, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        command = command.Cleaned();
        // A media post without media is a text post (the composer's Media tab with only words in it).
        if (command.Type is PostType.Image or PostType.Video or PostType.Audio && command.MediaUrls.Count == 0) command = command with { Type = PostType.Text };
        var now = clock.GetUtcNow();
        var errors = Validate(command, now);
        if (errors.Count > 0) return Result<Guid>.Fail(errors);
        if (command.Type is PostType.Image or PostType.Video or PostType.Audio &&
            !await media.AreOwnUploadsAsync(command.MediaUrls.Select(u => u.Trim()), cancellationToken)) return SocialErrors.MediaInvalid;
        // Before the link's preview is fetched: a refused post costs no request to another site.
        var hourAgo = now.AddHours(-1);
        var lastHour = await units.RunAsync((db, ct) => db.Posts.CountAsync(p => p.UserId == me && p.CreatedAt > hourAgo, ct), cancellationToken);
        if (lastHour >= _options.PostsPerHour) return SocialErrors.PostingTooFast(_options.PostsPerHour);

        var content = string.IsNullOrWhiteSpace(command.Content) ? null : command.Content.Trim();
        var post = new Post { Id = Guid.CreateVersion7(), UserId = me, Content = content, PostType = command.Type };
        switch (command.Type)
        {
            case PostType.Image or PostType.Video or PostType.Audio:
                post.MediaUrls = command.MediaUrls.Select(u => u.Trim()).ToArray();
                break;
            case PostType.Link:
                post.LinkUrl = command.LinkUrl!.Trim();
                var preview = await linkPreviews.FetchAsync(post.LinkUrl, cancellationToken);
                if (preview is not null) post.LinkPreview = PostJson.LinkPreview(preview);
                break;
            case PostType.Poll:
                post.PollOptions = PostJson.Poll(command.PollOptions.Select(o => Slug.CollapseWhitespace(o)));
                post.PollEndsAt = command.PollEndsAt;
                break;
        }

        // The post, its tag counts and its mention notifications commit together (decision 016).
        return await units.RunAsync<Result<Guid>>(async (db, ct) =>
        {
            UnitOfWork.AfterCommit(pages.Evict); // signed-out visitors see it (decision 121)
            if (await Blocks.MentionedPartnerAsync(db, Mentions.Extract(content), ct) is { } blocked) return SocialErrors.MentionBlocked(blocked);
            db.Posts.Add(post);
            await db.SaveChangesAsync(ct);
            await NotifyMentionsAsync(db, me, post.Id, Mentions.Extract(content), ct);
            return post.Id;
        }, cancellationToken);
    }

    /// <summary>Changes the text of an own post, marking it edited (unchanged text changes nothing); new mentions notify.</summary>
    public async Task<Result> EditAsync(Guid postId, string? content, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        content = TextInput.Clean(content);
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            UnitOfWork.AfterCommit(pages.Evict); // signed-out visitors see it (decision 121)
            var post = await db.Posts.FirstOrDefaultAsync(p => p.Id == postId, ct);
            if (post is null) return SocialErrors.PostNotFound;
            if (post.UserId != me) return Error.Forbidden;

            var text = string.IsNullOrWhiteSpace(content) ? null : content.Trim();
            if (text is { Length: > Post.ContentMaxLength }) return SocialErrors.ContentTooLong(Post.ContentMaxLength);
            if (text is null && post.PostType == PostType.Text) return SocialErrors.EmptyPost;

            var oldMentions = Mentions.Extract(post.Content).ToHashSet();
            // Mentions already in the post before a block stay; a new one of a block partner is refused.
            if (await Blocks.MentionedPartnerAsync(db, Mentions.Extract(text).Where(m => !oldMentions.Contains(m)).ToList(), ct) is { } blocked)
                return SocialErrors.MentionBlocked(blocked);
            if (post.Content == text) return Result.Success();
            post.Content = text;
            post.EditedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
            await NotifyMentionsAsync(db, me, postId, Mentions.Extract(text).Where(m => !oldMentions.Contains(m)).ToList(), ct);
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>
    /// Deletes an own post; admins may delete any. Its comments go with it, and the notifications about the post and its
    /// comments leave other members' bells (a trigger on both tables, decision 277).
    /// </summary>
    public async Task<Result> DeleteAsync(Guid postId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        string[] unused = [];
        var deleted = await units.RunAsync<Result>(async (db, ct) =>
        {
            UnitOfWork.AfterCommit(pages.Evict); // signed-out visitors see it (decision 121)
            var post = await db.Posts.Where(p => p.Id == postId).Select(p => new { p.UserId, p.MediaUrls }).FirstOrDefaultAsync(ct);
            if (post is null) return SocialErrors.PostNotFound;
            if (post.UserId != me && !user.IsAdmin) return Error.Forbidden;
            // Its tags lose one use each in the posts trigger (trg_posts_tag_usage).
            await db.Database.ExecuteSqlRawAsync("DELETE FROM posts WHERE id = @id", [new NpgsqlParameter("id", postId)], ct);
            unused = await UnusedMediaAsync(db, post.UserId, post.MediaUrls ?? [], ct);
            return Result.Success();
        }, cancellationToken);
        // The post's files go with it once it is gone for good (an upload its author put in another post too stays).
        foreach (var key in unused.Select(storage.KeyFromUrl).OfType<string>().Distinct())
            await storage.DeleteAsync(key, CancellationToken.None);
        return deleted;
    }

    /// <summary>Which of <paramref name="urls"/> no post of <paramref name="author"/> carries any more (only its author's posts can carry a file, decision 051).</summary>
    private static async Task<string[]> UnusedMediaAsync(AppDbContext db, Guid author, string[] urls, CancellationToken cancellationToken)
    {
        if (urls.Length == 0) return [];
        var kept = await db.Posts.Where(p => p.UserId == author && p.MediaUrls != null && p.MediaUrls.Any(u => urls.Contains(u)))
            .SelectMany(p => p.MediaUrls!).ToListAsync(cancellationToken);
        return [.. urls.Except(kept)];
    }

    /// <summary>Pins or unpins an own post; at most <see cref="SocialOptions.MaxPinnedPosts"/> stay pinned.</summary>
    public async Task<Result> SetPinnedAsync(Guid postId, bool pinned, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            UnitOfWork.AfterCommit(pages.Evict); // signed-out visitors see it (decision 121)
            var post = await db.Posts.FirstOrDefaultAsync(p => p.Id == postId, ct);
            if (post is null) return SocialErrors.PostNotFound;
            if (post.UserId != me) return Error.Forbidden;
            if (post.IsPinned == pinned) return Result.Success();
            if (pinned && await db.Posts.CountAsync(p => p.UserId == me && p.IsPinned, ct) >= _options.MaxPinnedPosts)
                return SocialErrors.TooManyPinned(_options.MaxPinnedPosts);
            post.IsPinned = pinned;
            await db.SaveChangesAsync(ct);
            return Result.Success();
        }, cancellationToken);
    }

    private List<Error> Validate(CreatePostCommand c, DateTimeOffset now)
    {
        var errors = new List<Error>();
        var hasText = !string.IsNullOrWhiteSpace(c.Content);
        if (hasText && c.Content!.Trim().Length > Post.ContentMaxLength) errors.Add(SocialErrors.ContentTooLong(Post.ContentMaxLength));

        switch (c.Type)
        {
            case PostType.Text when !hasText:
                errors.Add(SocialErrors.EmptyPost);
                break;
            case PostType.Image or PostType.Video:
                if (c.MediaUrls.Count == 0 && !hasText) errors.Add(SocialErrors.EmptyPost);
                else if (c.MediaUrls.Count > _options.MaxMediaPerPost) errors.Add(SocialErrors.TooManyMedia(_options.MaxMediaPerPost));
                else if (c.MediaUrls.Any(u => media.KindOf(u.Trim()) == MediaKind.Audio)) errors.Add(SocialErrors.AudioAlone);
                break;
            // One audio file, alone: the card shows one player (decision 131).
            case PostType.Audio when c.MediaUrls.Count != 1 || media.KindOf(c.MediaUrls[0].Trim()) != MediaKind.Audio:
                errors.Add(SocialErrors.AudioAlone);
                break;
            case PostType.Link when c.LinkUrl?.Trim().Length > Post.UrlMaxLength:
                errors.Add(SocialErrors.LinkTooLong(Post.UrlMaxLength));
                break;
            case PostType.Link when !IsWebUrl(c.LinkUrl):
                errors.Add(SocialErrors.LinkInvalid);
                break;
            case PostType.Poll:
                errors.AddRange(ValidatePoll(c, now));
                break;
        }
        return errors;
    }

    private IEnumerable<Error> ValidatePoll(CreatePostCommand c, DateTimeOffset now)
    {
        var opts = c.PollOptions.Select(o => Slug.CollapseWhitespace(o ?? "")).ToList();
        if (opts.Count < _options.PollMinOptions || opts.Count > _options.PollMaxOptions)
            yield return SocialErrors.PollOptionCount(_options.PollMinOptions, _options.PollMaxOptions);
        else if (opts.Any(o => o.Length == 0)) yield return SocialErrors.PollOptionEmpty;
        else if (opts.Any(o => o.Length > _options.PollOptionMaxLength)) yield return SocialErrors.PollOptionTooLong(_options.PollOptionMaxLength);
        else if (opts.Select(o => o.ToLowerInvariant()).Distinct().Count() != opts.Count) yield return SocialErrors.PollOptionDuplicate;

        if (c.PollEndsAt is not { } end || end <= now) yield return SocialErrors.PollEndInPast;
        else if (end > now.AddDays(_options.PollMaxDurationDays)) yield return SocialErrors.PollEndTooLate(_options.PollMaxDurationDays);
    }

    private static bool IsWebUrl(string? url) =>
        !string.IsNullOrWhiteSpace(url) && url.Trim().Length <= Post.UrlMaxLength &&
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private async Task NotifyMentionsAsync(AppDbContext db, Guid actorId, Guid postId, IReadOnlyList<string> usernames, CancellationToken cancellationToken)
    {
        if (usernames.Count == 0) return;
        var actor = await db.UserProfiles.Where(p => p.UserId == actorId).Select(p => p.Username).FirstAsync(cancellationToken);
        var mentioned = await MentionedReaders.OfPostAsync(db, postId, usernames, cancellationToken);
        await notifier.NotifyManyAsync(mentioned.Select(id => new NotificationRequest(id, Notifications.NotificationType.Mention,
            $"@{actor} mentioned you", "You were mentioned in a post.", $"/posts/{postId}", actorId, postId)).ToList(), cancellationToken);
    }
}
