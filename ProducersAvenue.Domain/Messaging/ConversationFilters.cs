namespace ProducersAvenue.Domain.Messaging;

/// <summary>Who may read a conversation, asked one way (Row Level Security holds the same rule behind it).</summary>
public static class ConversationFilters
{
    /// <summary>The conversation <paramref name="conversationId"/> when <paramref name="member"/> takes part in it.</summary>
    public static IQueryable<Conversation> TakenPartIn(this IQueryable<Conversation> conversations, Guid conversationId, Guid member) =>
        conversations.Where(c => c.Id == conversationId && c.ParticipantIds.Contains(member));
}
