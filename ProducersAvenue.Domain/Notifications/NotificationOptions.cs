namespace ProducersAvenue.Domain.Notifications;

/// <summary>The <c>Notifications</c> configuration section: links in notification emails and the digest schedule.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The site's address as members reach it, for the links in emails and shared links' cards (decision 260).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>When the digest of chatty notifications goes out (cron, UTC; decision 017). Daily at 07:00 by default.</summary>
    public string DigestCron { get; set; } = "0 7 * * *";

    /// <summary>Lines a digest email lists at most; the rest are counted.</summary>
    public int DigestMaxItems { get; set; } = 50;

    /// <summary>How long an unsubscribe link in an email keeps working.</summary>
    public int UnsubscribeLinkDays { get; set; } = 90;
}
