using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Content.Rendering;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Social;

/// <summary>Writing posts: create (text, media, link, poll), edit, delete, pin; hashtags feed <c>tags</c>, mentions notify.</summary>
public sealed class PostService(IDbContextFactory<AppDbContext> contexts, ICurrentUser user, ILinkPreviewFetcher linkPreviews,
    INotifier notifier, PostMediaService media, TimeProvider clock, IOptions<SocialOptions> options)
{
    private readonly SocialOptions _options = options.Value;

    public async Task<Result<Guid>> CreateAsync(CreatePostCommand command, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        var now = clock.GetUtcNow();
        var errors = Validate(command, now);
        if (errors.Count > 0) return Result<Guid>.Fail(errors);

        var content = string.IsNullOrWhiteSpace(command.Content) ? null : command.Content.Trim();
        var post = new Post { Id = Guid.CreateVersion7(), UserId = me, Content = content, PostType = command.Type };
        switch (command.Type)
        {
            case PostType.Image or PostType.Video:
                post.MediaUrls = command.MediaUrls.Select(u => u.Trim()).ToArray();
                break;
            case PostType.Link:
                post.LinkUrl = command.LinkUrl!.Trim();
                var preview = await linkPreviews.FetchAsync(post.LinkUrl, cancellationToken);
                if (preview is not null) post.LinkPreview = PostQueries.LinkPreviewJson(preview);
                break;
            case PostType.Poll:
                post.PollOptions = PostQueries.PollJson(command.PollOptions.Select(o => Slug.CollapseWhitespace(o)));
                post.PollEndsAt = command.PollEndsAt;
                break;
        }

        await using (var db = contexts.CreateDbContext())
        {
            db.Posts.Add(post);
            await db.SaveChangesAsync(cancellationToken);
            await CountHashtagsAsync(db, Hashtags.ExtractWithSpelling(content), now, cancellationToken);
        }
        await NotifyMentionsAsync(me, post.Id, Mentions.Extract(content), cancellationToken);
        return post.Id;
    }

    /// <summary>Changes the text of an own post; new hashtags count, new mentions notify.</summary>
    public async Task<Result> EditAsync(Guid postId, string? content, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        await using var db = contexts.CreateDbContext();
        var post = await db.Posts.FirstOrDefaultAsync(p => p.Id == postId, cancellationToken);
        if (post is null) return SocialErrors.PostNotFound;
        if (post.UserId != me) return Error.Forbidden;

        var text = string.IsNullOrWhiteSpace(content) ? null : content.Trim();
        if (text is { Length: > Post.ContentMaxLength }) return SocialErrors.ContentTooLong(Post.ContentMaxLength);
        if (text is null && post.PostType == PostType.Text) return SocialErrors.EmptyPost;

        var oldTags = Hashtags.Extract(post.Content);
        var newTags = Hashtags.ExtractWithSpelling(text);
        var oldMentions = Mentions.Extract(post.Content).ToHashSet();
        post.Content = text;
        var now = clock.GetUtcNow();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            await CountHashtagsAsync(db, newTags.Where(t => !oldTags.Contains(t.Slug)).ToList(), now, cancellationToken);
            await UncountHashtagsAsync(db, oldTags.Where(t => !newTags.Any(n => n.Slug == t)).ToArray(), now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await NotifyMentionsAsync(me, postId, Mentions.Extract(text).Where(m => !oldMentions.Contains(m)).ToList(), cancellationToken);
        return Result.Success();
    }

    /// <summary>Deletes an own post; admins may delete any.</summary>
    public async Task<Result> DeleteAsync(Guid postId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        await using var db = contexts.CreateDbContext();
        var owner = await db.Posts.Where(p => p.Id == postId).Select(p => (Guid?)p.UserId).FirstOrDefaultAsync(cancellationToken);
        if (owner is null) return SocialErrors.PostNotFound;
        if (owner != me && !user.IsAdmin) return Error.Forbidden;
        // One statement: the post goes and each of its tags loses one use (never below zero).
        await db.Database.ExecuteSqlRawAsync("""
            WITH gone AS (DELETE FROM posts WHERE id = @id RETURNING tags) 
            """ + UncountSql + "(SELECT unnest(tags) FROM gone)",
            [new NpgsqlParameter("id", postId), new NpgsqlParameter("now", clock.GetUtcNow()),
             new NpgsqlParameter("half_life", _options.TrendingHalfLifeHours)], cancellationToken);
        return Result.Success();
    }

    /// <summary>Pins or unpins an own post; at most <see cref="SocialOptions.MaxPinnedPosts"/> stay pinned.</summary>
    public async Task<Result> SetPinnedAsync(Guid postId, bool pinned, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        await using var db = contexts.CreateDbContext();
        var post = await db.Posts.FirstOrDefaultAsync(p => p.Id == postId, cancellationToken);
        if (post is null) return SocialErrors.PostNotFound;
        if (post.UserId != me) return Error.Forbidden;
        if (post.IsPinned == pinned) return Result.Success();
        if (pinned && await db.Posts.CountAsync(p => p.UserId == me && p.IsPinned, cancellationToken) >= _options.MaxPinnedPosts)
            return SocialErrors.TooManyPinned(_options.MaxPinnedPosts);
        post.IsPinned = pinned;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
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
                else if (c.MediaUrls.Any(u => !media.IsPostMediaUrl(u.Trim()))) errors.Add(SocialErrors.MediaInvalid);
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

    /// <summary>
    /// Upserts one <c>tags</c> row per hashtag in one statement: usage_count + 1, and the trending score decayed from its
    /// last update to now (half-life from options) plus one.
    /// </summary>
    private async Task CountHashtagsAsync(AppDbContext db, IReadOnlyList<(string Slug, string Name)> hashtags, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (hashtags.Count == 0) return;
        var names = hashtags.Select(t => t.Name.Length > Tag.NameMaxLength ? t.Slug : t.Name).ToArray();
        var slugs = hashtags.Select(t => t.Slug).ToArray();
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO tags (id, name, slug, usage_count, trending_score, created_at, updated_at)
            SELECT gen_random_uuid(), t.name, t.slug, 1, 1, @now, @now
            FROM (SELECT DISTINCT ON (slug) name, slug FROM unnest(@names, @slugs) AS u(name, slug) ORDER BY slug) t
            ON CONFLICT (slug) DO UPDATE SET
              usage_count = tags.usage_count + 1,
              trending_score = round(tags.trending_score
                  * power(0.5, greatest(extract(epoch FROM (@now - tags.updated_at)) / 3600.0, 0) / @half_life)::numeric + 1, 2),
              -- Always distinct from the old value, so the set_updated_at trigger keeps it (it replaces an unchanged one with now()).
              updated_at = greatest(@now, tags.updated_at + interval '1 microsecond')
            """,
            [new NpgsqlParameter("now", now), new NpgsqlParameter("names", names), new NpgsqlParameter("slugs", slugs),
             new NpgsqlParameter("half_life", _options.TrendingHalfLifeHours)], cancellationToken);
    }

    /// <summary>The tags of <paramref name="slugs"/> lose one use each (never below zero); their score is decayed to now.</summary>
    private async Task UncountHashtagsAsync(AppDbContext db, string[] slugs, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (slugs.Length == 0) return;
        await db.Database.ExecuteSqlRawAsync(UncountSql + "(SELECT unnest(@slugs))",
            [new NpgsqlParameter("slugs", slugs), new NpgsqlParameter("now", now), new NpgsqlParameter("half_life", _options.TrendingHalfLifeHours)],
            cancellationToken);
    }

    /// <summary>
    /// An UPDATE of the tags whose slug is in the set appended to it: usage_count - 1 (not below 0), trending score decayed
    /// to @now and updated_at moved to @now, so the stored "score at updated_at" stays true.
    /// </summary>
    private const string UncountSql = """
        UPDATE tags SET
          usage_count = greatest(usage_count - 1, 0),
          trending_score = round(trending_score
              * power(0.5, greatest(extract(epoch FROM (@now - updated_at)) / 3600.0, 0) / @half_life)::numeric, 2),
          updated_at = greatest(@now, updated_at + interval '1 microsecond')
        WHERE slug IN
        """ + " ";

    private async Task NotifyMentionsAsync(Guid actorId, Guid postId, IReadOnlyList<string> usernames, CancellationToken cancellationToken)
    {
        if (usernames.Count == 0) return;
        await using var db = contexts.CreateDbContext();
        var actor = await db.UserProfiles.Where(p => p.UserId == actorId).Select(p => p.Username).FirstAsync(cancellationToken);
        var mentioned = await db.UserProfiles.Where(p => usernames.Contains(p.Username) && !p.IsBanned).Select(p => p.UserId).ToListAsync(cancellationToken);
        await notifier.NotifyManyAsync(mentioned.Select(id => new NotificationRequest(id, Notifications.NotificationType.Mention,
            $"@{actor} mentioned you", "You were mentioned in a post.", $"/posts/{postId}", actorId, postId)).ToList(), cancellationToken);
    }
}
