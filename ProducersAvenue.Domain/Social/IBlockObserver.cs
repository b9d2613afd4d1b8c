namespace ProducersAvenue.Domain.Social;

/// <summary>
/// Told once a block between two members is made or lifted (after its unit of work committed), so what shows the two to
/// each other live can follow — an open direct conversation turns read-only at once (<c>Messaging.BlockedConversations</c>).
/// Social knows no messaging: the messaging side registers itself here.
/// </summary>
public interface IBlockObserver
{
    Task BlockChangedAsync(Guid blockerId, Guid blockedId, CancellationToken cancellationToken);
}
