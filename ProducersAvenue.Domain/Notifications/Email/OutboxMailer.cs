using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Notifications.Email;

/// <summary>Writes every message to <c>email_outbox</c>; a transport (SMTP when configured) delivers queued rows.</summary>
public sealed class OutboxMailer(IDbContextFactory<AppDbContext> contexts) : IMailer
{
    public async Task SendAsync(string toAddress, string subject, string htmlBody, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        db.EmailOutbox.Add(new OutboxEmail { ToAddress = toAddress.Trim(), Subject = subject, HtmlBody = htmlBody });
        await db.SaveChangesAsync(cancellationToken);
    }
}
