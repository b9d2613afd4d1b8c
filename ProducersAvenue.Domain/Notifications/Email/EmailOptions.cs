namespace ProducersAvenue.Domain.Notifications.Email;

/// <summary>
/// The <c>Email</c> configuration section. <see cref="DevMailbox"/> opens <c>/dev/mailbox</c> to everyone, which shows
/// every queued email (confirmation and reset links included): turn it off (<c>Email__DevMailbox=false</c>) on any
/// server reachable by others. Setting <see cref="SmtpOptions.Host"/> turns on delivery of the outbox over SMTP.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public bool DevMailbox { get; set; } = true;
    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? User { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "Producers Avenue <no-reply@producersavenue.local>";
    public bool UseStartTls { get; set; } = true;

    /// <summary>Deliveries tried per email before it is marked failed.</summary>
    public int MaxAttempts { get; set; } = 5;
    /// <summary>Wait before the second attempt; each later attempt waits twice as long as the one before.</summary>
    public int RetryBaseSeconds { get; set; } = 30;
    public int BatchSize { get; set; } = 20;
    public int PollSeconds { get; set; } = 10;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
