namespace ProducersAvenue.Domain.Messaging;

/// <summary>Where a conversation sits for one participant (<c>conversation_members.folder</c>).</summary>
public enum ConversationFolder
{
    Inbox,
    /// <summary>Started by someone the participant does not take messages from: waits to be accepted or ignored.</summary>
    Requests,
    /// <summary>An ignored request: hidden from both lists.</summary>
    Ignored,
}
