using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Messaging;

/// <summary><c>conversations</c>: a direct (two participants) or group conversation.</summary>
public class Conversation : IHasTimestamps
{
    public const int LastMessagePreviewMaxLength = 100;
    public const int GroupNameMaxLength = 100;
    public const int UrlMaxLength = 500;

    public Guid Id { get; set; }
    /// <summary>The <c>auth.users</c> ids taking part (2 for a direct message, more for a group).</summary>
    public Guid[] ParticipantIds { get; set; } = [];
    public DateTimeOffset? LastMessageAt { get; set; }
    /// <summary>The first <see cref="LastMessagePreviewMaxLength"/> characters of the last message.</summary>
    public string? LastMessagePreview { get; set; }
    public bool IsGroup { get; set; }
    public string? GroupName { get; set; }
    public string? GroupAvatarUrl { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
