namespace ProducersAvenue.Domain.Notifications.Email;

/// <summary>
/// The <c>Email</c> configuration section. <see cref="DevMailbox"/> (off unless configured) turns on <c>/dev/mailbox</c>,
/// which shows every queued email, confirmation and reset links included: to everyone only when the web host runs in
/// Development (<see cref="OpenDevMailboxToEveryone"/>), to admins only anywhere else (decision 030).
/// Setting <see cref="SmtpOptions.Host"/> turns on delivery of the outbox over SMTP.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public bool DevMailbox { get; set; }

    /// <summary>
    /// True only after the web host called <see cref="OpenDevMailboxToEveryone"/> (it does in Development); configuration
    /// cannot set it (private setter), so no setting opens other people's emails to strangers on a real server.
    /// </summary>
    public bool DevMailboxForEveryone { get; private set; }

    public void OpenDevMailboxToEveryone() => DevMailboxForEveryone = DevMailbox;
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
    /// <summary>Emails one run of the delivery job sends at most.</summary>
    public int BatchSize { get; set; } = 20;
    /// <summary>When the delivery job runs (cron, UTC; decision 017).</summary>
    public string DeliveryCron { get; set; } = "* * * * *";

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
