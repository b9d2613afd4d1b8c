using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Notifications.Email;

/// <summary>
/// Delivers queued <c>email_outbox</c> rows over SMTP (MailKit). A failed attempt records <c>last_error</c> and waits:
/// attempt n+1 is due <see cref="SmtpOptions.RetryBaseSeconds"/>·(2ⁿ−1) seconds after the email was queued, so the
/// schedule needs no extra column. After <see cref="SmtpOptions.MaxAttempts"/> the row is marked failed for good.
/// </summary>
public sealed class SmtpOutboxDelivery(
    IDbContextFactory<AppDbContext> contexts, IOptions<EmailOptions> options, TimeProvider clock, ILogger<SmtpOutboxDelivery> logger)
{
    private SmtpOptions Smtp => options.Value.Smtp;

    /// <summary>Sends the emails that are due now; returns how many were sent.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        if (!Smtp.Enabled) return 0;
        await using var db = contexts.CreateDbContext();
        var now = clock.GetUtcNow();
        var candidates = await db.EmailOutbox
            .Where(e => e.Status == OutboxEmailStatus.Queued && e.Attempts < Smtp.MaxAttempts)
            .OrderBy(e => e.Attempts).ThenBy(e => e.CreatedAt)
            .Take(Smtp.BatchSize * 5)
            .ToListAsync(cancellationToken);
        var due = candidates.Where(e => DueAt(e) <= now).Take(Smtp.BatchSize).ToList();
        if (due.Count == 0) return 0;

        var sent = 0;
        using var client = new SmtpClient();
        try
        {
            await ConnectAsync(client, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            foreach (var email in due) RecordFailure(email, ex);
            await db.SaveChangesAsync(CancellationToken.None);
            logger.LogWarning(ex, "Could not reach the SMTP server {Host}:{Port}.", Smtp.Host, Smtp.Port);
            return 0;
        }

        foreach (var email in due)
        {
            try
            {
                await client.SendAsync(ToMessage(email), cancellationToken);
                email.Attempts++;
                email.Status = OutboxEmailStatus.Sent;
                email.SentAt = clock.GetUtcNow();
                email.LastError = null;
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                RecordFailure(email, ex);
                logger.LogWarning(ex, "Delivery of email {EmailId} failed (attempt {Attempt}).", email.Id, email.Attempts);
            }
            await db.SaveChangesAsync(CancellationToken.None);
        }
        await client.DisconnectAsync(quit: true, cancellationToken);
        return sent;
    }

    /// <summary>When the next attempt of <paramref name="email"/> may run.</summary>
    public DateTimeOffset DueAt(OutboxEmail email) =>
        email.CreatedAt.AddSeconds(Smtp.RetryBaseSeconds * (Math.Pow(2, email.Attempts) - 1));

    private void RecordFailure(OutboxEmail email, Exception ex)
    {
        email.Attempts++;
        email.LastError = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
        if (email.Attempts >= Smtp.MaxAttempts) email.Status = OutboxEmailStatus.Failed;
    }

    private async Task ConnectAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        var security = Smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
        await client.ConnectAsync(Smtp.Host!, Smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(Smtp.User)) await client.AuthenticateAsync(Smtp.User, Smtp.Password ?? "", cancellationToken);
    }

    private MimeMessage ToMessage(OutboxEmail email)
    {
        var message = new MimeMessage { Subject = email.Subject, Body = new BodyBuilder { HtmlBody = email.HtmlBody }.ToMessageBody() };
        message.From.Add(MailboxAddress.Parse(Smtp.From));
        message.To.Add(MailboxAddress.Parse(email.ToAddress));
        message.MessageId = $"{email.Id:N}@producersavenue";
        return message;
    }
}
