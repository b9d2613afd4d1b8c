using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Social;

/// <summary>
/// The block rule for single questions (decision 205). One implementation, the SQL function <c>app_block_partners()</c>:
/// queries use it through <see cref="AppDbContext.BlockedWith"/>, the posts policy and <c>visible_posts</c> as a set,
/// the follow and message policies through <c>app_blocked_with</c>, and a single pair or set asks it here.
/// </summary>
public static class Blocks
{
    /// <summary>Whether the caller of <paramref name="db"/> and <paramref name="other"/> have a block between them, either way.</summary>
    public static async Task<bool> WithCallerAsync(AppDbContext db, Guid other, CancellationToken cancellationToken = default) =>
        await db.Database.SqlQuery<bool>($"SELECT app_blocked_with({other}) AS \"Value\"").SingleAsync(cancellationToken);

    /// <summary>The members the caller blocked or was blocked by.</summary>
    public static async Task<HashSet<Guid>> PartnersOfCallerAsync(AppDbContext db, CancellationToken cancellationToken = default) =>
        [.. await db.Database.SqlQuery<Guid>($"SELECT app_block_partners() AS \"Value\"").ToListAsync(cancellationToken)];

    /// <summary>Whether <paramref name="blocker"/> (the caller) blocked <paramref name="blocked"/>: the caller's own rows.</summary>
    public static async Task<bool> BlockedByAsync(AppDbContext db, Guid blocker, Guid blocked, CancellationToken cancellationToken = default) =>
        await db.Database.SqlQuery<bool>(
            $"SELECT EXISTS (SELECT 1 FROM user_blocks WHERE blocker_id = {blocker} AND blocked_id = {blocked}) AS \"Value\"").SingleAsync(cancellationToken);

    /// <summary>
    /// The first of <paramref name="usernames"/> (mentions in a text the caller writes) whose member has a block with the
    /// caller, or null: a block ends mentions both ways, as the block dialog says. A mention of a profile the caller
    /// cannot read is not found here and stays a link to its "private" page.
    /// </summary>
    public static async Task<string?> MentionedPartnerAsync(AppDbContext db, IReadOnlyCollection<string> usernames, CancellationToken cancellationToken = default)
    {
        if (usernames.Count == 0) return null;
        var names = usernames.ToArray();
        return await db.UserProfiles.Where(p => names.Contains(p.Username) && AppDbContext.BlockedWith(p.UserId))
            .Select(p => p.Username).FirstOrDefaultAsync(cancellationToken);
    }
}
