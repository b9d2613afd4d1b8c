namespace ProducersAvenue.Domain.Messaging;

/// <summary>The numbers of messaging (configuration section <c>Messaging</c>).</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>How long after sending a message its sender may edit it or delete it for everyone.</summary>
    public int EditWindowMinutes { get; set; } = 15;
    public int GroupMinMembers { get; set; } = 3;
    public int GroupMaxMembers { get; set; } = 50;
    /// <summary>
    /// Whether the creator may remove one of <paramref name="members"/> (decision 280): never below <see cref="GroupMinMembers"/>.
    /// Leaving is always allowed.
    /// </summary>
    public bool GroupMayLoseMember(int members) => members - 1 >= GroupMinMembers;
    /// <summary>Messages a member may send in one minute, over all conversations.</summary>
    public int MessagesPerMinute { get; set; } = 30;
    /// <summary>New conversations (direct or group) a member may start in one hour; reopening an existing one is free.</summary>
    public int NewConversationsPerHour { get; set; } = 20;
    /// <summary>Messages per page of a conversation's history.</summary>
    public int HistoryPageSize { get; set; } = 30;
    /// <summary>Conversations per page of the list.</summary>
    public int ListPageSize { get; set; } = 30;
    /// <summary>The largest attachment, in bytes (decision 207).</summary>
    public long AttachmentMaxBytes { get; set; } = 25 * 1024 * 1024;
    /// <summary>Attachments one message may carry.</summary>
    public int AttachmentsPerMessage { get; set; } = 4;
    /// <summary>
    /// How long another member's message waits unread before the member is emailed about it (decision 301): one reading
    /// the conversation as it arrives is not emailed; one away gets one email for the messages of that stretch.
    /// </summary>
    public int EmailAfterMinutes { get; set; } = 5;
    /// <summary>When the job <c>message-emails</c> looks for messages left unread (every minute).</summary>
    public string EmailCron { get; set; } = "* * * * *";
}
