namespace ProducersAvenue.Domain.Messaging;

/// <summary>
/// A message as its conversation shows it: sanitised HTML of its Markdown (empty when deleted for everyone: the view
/// shows "Message deleted"), until when the viewer may still edit it or delete it for everyone (null: never — not theirs,
/// or deleted), its attachments (images inline, files as chips, each behind the participants-only download address), the
/// card of its first link, and whether its sender edited it.
/// </summary>
public sealed record MessageView(
    Guid Id, Guid SenderId, string SenderName, bool IsMine, string Html, string Text, bool IsDeleted, DateTimeOffset CreatedAt,
    DateTimeOffset? ChangeableUntil, IReadOnlyList<MessageAttachmentView>? Attachments = null, MessageLinkPreview? LinkPreview = null,
    bool IsEdited = false)
{
    /// <summary>
    /// Whether the viewer may edit the message or delete it for everyone at <paramref name="now"/>: asked when it is drawn,
    /// so a conversation left open stops offering what the server would refuse.
    /// </summary>
    public bool CanChangeAt(DateTimeOffset now) => ChangeableUntil is { } until && now <= until;
}

/// <summary>An attachment as a conversation shows it; <see cref="Url"/> is the guarded download address (decision 207).</summary>
public sealed record MessageAttachmentView(string Name, bool IsImage, string Url);
