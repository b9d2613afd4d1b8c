using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Jobs;

namespace ProducersAvenue.Domain.Notifications.Email;

/// <summary>Delivers the email outbox on the schedule <c>Email:Smtp:DeliveryCron</c> (every minute by default).</summary>
public sealed class OutboxDeliveryJob(SmtpOutboxDelivery delivery, IOptions<EmailOptions> options) : IRecurringJob
{
    public string Id => "email-outbox-delivery";
    public string Cron => options.Value.Smtp.DeliveryCron;
    public Task RunAsync(CancellationToken cancellationToken) => delivery.DeliverDueAsync(cancellationToken);
}
