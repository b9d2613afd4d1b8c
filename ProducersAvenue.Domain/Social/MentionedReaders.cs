using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Social;

/// <summary>
/// Of the usernames a post or a comment mentions, the members told of it: not banned, no block with the writer (decision
/// 205), and able to read the post the mention links to — a private author's post is read by the author's connections
/// only, so a mention there tells nobody else (it opened a page that said the post was not found).
/// </summary>
public static class MentionedReaders
{
    public static async Task<List<Guid>> OfPostAsync(AppDbContext db, Guid postId, IReadOnlyCollection<string> usernames, CancellationToken cancellationToken)
    {
        if (usernames.Count == 0) return [];
        var names = usernames.ToArray();
        var mentioned = await db.UserProfiles.Where(p => names.Contains(p.Username) && !p.IsBanned && !AppDbContext.BlockedWith(p.UserId))
            .Select(p => p.UserId).ToArrayAsync(cancellationToken);
        if (mentioned.Length == 0) return [];
        return await db.Database.SqlQuery<Guid>($"""
            SELECT m AS "Value" FROM posts po, unnest({mentioned}) m
            WHERE po.id = {postId} AND (po.author_visibility <> 'private' OR m = po.user_id OR app_is_connected(m, po.user_id))
            """).ToListAsync(cancellationToken);
    }
}
