using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Jobs;

namespace ProducersAvenue.Domain.Notifications.Digest;

/// <summary>Sends the notification digest on the schedule <c>Notifications:DigestCron</c> (daily at 07:00 UTC by default).</summary>
public sealed class NotificationDigestJob(NotificationDigest digest, IOptions<NotificationOptions> options) : IRecurringJob
{
    public string Id => "notification-digest";
    public string Cron => options.Value.DigestCron;
    public Task RunAsync(CancellationToken cancellationToken) => digest.SendDueAsync(cancellationToken);
}
