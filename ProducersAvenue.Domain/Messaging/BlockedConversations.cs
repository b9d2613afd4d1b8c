using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Social;

namespace ProducersAvenue.Domain.Messaging;

/// <summary>
/// A block made or lifted: the two members' direct conversation is announced as changed, so a view of it open on either
/// side reads it again and shows (or leaves) its read-only state without waiting for a send that would fail.
/// </summary>
public sealed class BlockedConversations(IDbContextFactory<AppDbContext> contexts, IMessageBroadcaster broadcaster) : IBlockObserver
{
    public async Task BlockChangedAsync(Guid blockerId, Guid blockedId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var direct = await db.Conversations.AsNoTracking()
            .Where(c => !c.IsGroup && c.ParticipantIds.Contains(blockerId) && c.ParticipantIds.Contains(blockedId))
            .Select(c => c.Id).ToListAsync(cancellationToken);
        foreach (var id in direct) broadcaster.Publish(new MessageEvent(MessageEventKind.Changed, id, [blockerId, blockedId], blockerId));
    }
}
