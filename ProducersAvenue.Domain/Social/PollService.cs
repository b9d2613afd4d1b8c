using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Social;

/// <summary>
/// One vote per member per poll, only while it is open. The vote row and the count inside <c>posts.poll_options</c>
/// change in one transaction (the feed reads the counts from the post, never by counting votes); open post pages hear of
/// a vote once it commits (<see cref="IPostBroadcaster"/>).
/// </summary>
public sealed class PollService(UnitOfWork units, ICurrentUser user, IPostBroadcaster broadcaster, TimeProvider clock)
{
    public async Task<Result> VoteAsync(Guid postId, int optionIndex, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            var poll = await db.VisiblePosts().AsNoTracking().Where(p => p.Id == postId)
                .Select(p => new { p.PollOptions, p.PollEndsAt }).FirstOrDefaultAsync(ct);
            if (poll is null) return SocialErrors.PostNotFound;
            if (poll.PollOptions is null) return SocialErrors.NotAPoll;
            var now = clock.GetUtcNow();
            if (poll.PollEndsAt is { } end && end <= now) return SocialErrors.PollClosed;
            if (optionIndex < 0 || optionIndex >= PostQueries.ReadPoll(poll.PollOptions).Count) return SocialErrors.PollOptionUnknown;

            // The tally in posts.poll_options moves in the trg_poll_votes_tally trigger (the voter may not update the post).
            var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO poll_votes (id, post_id, user_id, option_index, created_at) VALUES ({Guid.CreateVersion7()}, {postId}, {me}, {optionIndex}, {now})
                ON CONFLICT (post_id, user_id) DO NOTHING
                """, ct);
            if (inserted == 0) return SocialErrors.AlreadyVoted;
            UnitOfWork.AfterCommit(() => broadcaster.Publish(postId));
            return Result.Success();
        }, cancellationToken);
    }
}
