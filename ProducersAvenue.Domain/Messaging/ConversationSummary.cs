namespace ProducersAvenue.Domain.Messaging;

/// <summary>One row of a member's conversation list.</summary>
public sealed record ConversationSummary(
    Guid Id, bool IsGroup, string Title, string? AvatarUrl, string? OtherUsername, string? Preview, DateTimeOffset? LastMessageAt,
    int UnreadCount, ConversationFolder Folder);
