using ProducersAvenue.Domain.Messaging;

namespace ProducersAvenue.Web.Components.Pages.Messaging.Components;

/// <summary>
/// The unsent text and finished attachments of each conversation's message box, for as long as the tab's circuit lives
/// (one per circuit: scoped). Opening another conversation, or another page, drew the box anew and the half-written
/// message was gone; the box puts its draft here when it goes and takes it back when its conversation opens again.
/// Server memory only: nothing is written to the browser, so a shared computer keeps no one's drafts after the tab.
/// </summary>
public sealed class MessageDrafts
{
    /// <summary>Conversations whose drafts are kept at most; the oldest goes first.</summary>
    internal const int Most = 50;

    private readonly Dictionary<Guid, (MessageDraft Draft, long Kept)> _drafts = [];
    private long _keeps;

    /// <summary>Takes the draft of <paramref name="conversationId"/> out (null when there is none).</summary>
    public MessageDraft? Take(Guid conversationId) => _drafts.Remove(conversationId, out var kept) ? kept.Draft : null;

    /// <summary>Keeps <paramref name="draft"/> for <paramref name="conversationId"/>; an empty one keeps nothing.</summary>
    public void Keep(Guid conversationId, MessageDraft draft)
    {
        if (string.IsNullOrWhiteSpace(draft.Text) && draft.Attachments.Count == 0)
        {
            _drafts.Remove(conversationId);
            return;
        }
        _drafts[conversationId] = (draft, ++_keeps);
        if (_drafts.Count > Most) _drafts.Remove(_drafts.MinBy(d => d.Value.Kept).Key);
    }
}

/// <summary>A message box's unsent text and the attachments that finished uploading, with the names they were shown by.</summary>
public sealed record MessageDraft(string? Text, IReadOnlyList<(string Name, MessageAttachment Attachment)> Attachments);
