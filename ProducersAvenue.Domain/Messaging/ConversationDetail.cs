namespace ProducersAvenue.Domain.Messaging;

/// <summary>
/// A conversation's header for one participant, and whether the viewer's last message has been seen. <see cref="IsBlocked"/>:
/// a direct conversation with a block partner, read-only for both (decision 205).
/// <see cref="OrderId"/>: the service order whose conversation this is (decision 202). <see cref="IsClosed"/>: a direct
/// conversation whose other member closed their account, read-only. <see cref="GroupAvatarUrl"/>: a group's picture, set by its
/// creator.
/// </summary>
public sealed record ConversationDetail(
    Guid Id, bool IsGroup, string Title, ConversationFolder Folder, bool IsCreator, IReadOnlyList<ConversationParticipant> Participants,
    Guid? SeenMessageId, bool IsBlocked = false, Guid? OrderId = null, string? OrderTitle = null, bool IsClosed = false,
    string? GroupAvatarUrl = null);

public sealed record ConversationParticipant(Guid UserId, string Username, string? DisplayName, string? AvatarUrl)
{
    public string Name => string.IsNullOrWhiteSpace(DisplayName) ? Username : DisplayName;
}
