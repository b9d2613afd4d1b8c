namespace ProducersAvenue.Domain.Messaging;

/// <summary>Something that happened in a conversation, pushed to its participants' open views.</summary>
public sealed record MessageEvent(MessageEventKind Kind, Guid ConversationId, IReadOnlyList<Guid> ParticipantIds, Guid ActorId, Guid? MessageId = null);

public enum MessageEventKind
{
    Sent,
    Edited,
    Deleted,
    Read,
    Typing,
    /// <summary>Members joined or left, a request was accepted or ignored.</summary>
    Changed,
}
