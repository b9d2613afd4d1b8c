using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Messaging;

/// <summary><c>messages</c>: one message in a conversation.</summary>
public class Message : IHasTimestamps
{
    public const int ContentMaxLength = 5000;

    public Guid Id { get; set; }
    public Guid ConversationId { get; set; }
    public Guid SenderId { get; set; }
    public string? Content { get; set; }
    public string[]? AttachmentUrls { get; set; }
    public bool IsRead { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public bool IsDeleted { get; set; }
    /// <summary>The users who deleted this message for themselves.</summary>
    public Guid[]? DeletedFor { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
