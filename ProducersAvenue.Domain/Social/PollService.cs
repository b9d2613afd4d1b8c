using Microsoft.EntityFrameworkCore;
using Npgsql;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Social;

/// <summary>
/// One vote per member per poll, only while it is open. The vote row and the count inside <c>posts.poll_options</c>
/// change in one transaction (the feed reads the counts from the post, never by counting votes).
/// </summary>
public sealed class PollService(IDbContextFactory<AppDbContext> contexts, ICurrentUser user, TimeProvider clock)
{
    public async Task<Result> VoteAsync(Guid postId, int optionIndex, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        await using var db = contexts.CreateDbContext();
        var poll = await db.Posts.AsNoTracking().Where(p => p.Id == postId).VisibleTo(db, user)
            .Select(p => new { p.PollOptions, p.PollEndsAt }).FirstOrDefaultAsync(cancellationToken);
        if (poll is null) return SocialErrors.PostNotFound;
        if (poll.PollOptions is null) return SocialErrors.NotAPoll;
        var now = clock.GetUtcNow();
        if (poll.PollEndsAt is { } end && end <= now) return SocialErrors.PollClosed;
        if (optionIndex < 0 || optionIndex >= PostQueries.ReadPoll(poll.PollOptions).Count) return SocialErrors.PollOptionUnknown;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO poll_votes (id, post_id, user_id, option_index, created_at) VALUES ({Guid.CreateVersion7()}, {postId}, {me}, {optionIndex}, {now})
            ON CONFLICT (post_id, user_id) DO NOTHING
            """, cancellationToken);
        if (inserted == 0) return SocialErrors.AlreadyVoted;
        await db.Database.ExecuteSqlRawAsync("""
            UPDATE posts SET poll_options = jsonb_set(poll_options, ARRAY[@i::text, 'votes'],
                to_jsonb(coalesce((poll_options -> @i ->> 'votes')::int, 0) + 1))
            WHERE id = @post
            """, [new NpgsqlParameter("i", optionIndex), new NpgsqlParameter("post", postId)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success();
    }
}
