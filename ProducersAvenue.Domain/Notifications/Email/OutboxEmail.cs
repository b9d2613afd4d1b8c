using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Notifications.Email;

public enum OutboxEmailStatus
{
    Queued,
    Sent,
    Failed,
}

/// <summary>
/// <c>email_outbox</c> (not in the schema document; see docs/decisions/003-email-outbox.md): every email the
/// platform sends is written here first. The development mailbox page reads it; the SMTP sender delivers it.
/// </summary>
public class OutboxEmail : IHasCreatedAt
{
    public const int UrlMaxLength = 1000;

    public Guid Id { get; set; }
    public string ToAddress { get; set; } = "";
    public string Subject { get; set; } = "";
    public string HtmlBody { get; set; } = "";
    public OutboxEmailStatus Status { get; set; } = OutboxEmailStatus.Queued;
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    /// <summary>
    /// The signed one-click unsubscribe link its <c>List-Unsubscribe</c> header names (notification emails, decision 279);
    /// null for account emails, which a member cannot opt out of.
    /// </summary>
    public string? ListUnsubscribeUrl { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
