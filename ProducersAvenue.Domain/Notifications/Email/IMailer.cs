namespace ProducersAvenue.Domain.Notifications.Email;

/// <summary>The one way the platform sends email. Messages are queued in the outbox and delivered by the configured transport.</summary>
public interface IMailer
{
    Task SendAsync(string toAddress, string subject, string htmlBody, CancellationToken cancellationToken = default);
}
