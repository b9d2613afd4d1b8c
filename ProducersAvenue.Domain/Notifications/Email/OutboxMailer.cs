using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Notifications.Email;

/// <summary>
/// Writes every message to <c>email_outbox</c> in the caller's unit of work (decision 003, 016): the email exists only if
/// what caused it commits. A transport (SMTP when configured) delivers queued rows.
/// </summary>
public sealed class OutboxMailer(UnitOfWork units, TimeProvider clock) : IMailer
{
    public async Task SendAsync(string toAddress, string subject, string htmlBody, CancellationToken cancellationToken = default)
    {
        // A plain INSERT (EF would add RETURNING status): any request may queue an email, only admins and the jobs
        // role may read the outbox (decision 080).
        await units.RunAsync((db, ct) => db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO email_outbox (id, to_address, subject, html_body, status, attempts, created_at)
            VALUES ({Guid.CreateVersion7()}, {toAddress.Trim()}, {subject}, {htmlBody}, 'queued', 0, {clock.GetUtcNow()})
            """, ct), cancellationToken);
    }
}
