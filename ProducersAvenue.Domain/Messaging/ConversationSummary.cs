namespace ProducersAvenue.Domain.Messaging;

/// <summary>One row of a member's conversation list; <see cref="OrderTitle"/> names the service order it belongs to, if any.</summary>
public sealed record ConversationSummary(
    Guid Id, bool IsGroup, string Title, string? AvatarUrl, string? OtherUsername, string? Preview, DateTimeOffset? LastMessageAt,
    int UnreadCount, ConversationFolder Folder, Guid? OrderId = null, string? OrderTitle = null)
{
    /// <summary>Unread messages are counted up to this many; the list shows more as "99+".</summary>
    public const int UnreadCap = 100;

    public string UnreadText => UnreadCount >= UnreadCap ? $"{UnreadCap - 1}+" : UnreadCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
