using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Notifications.Email;

/// <summary>
/// Delivers queued <c>email_outbox</c> rows over SMTP (MailKit); run by <see cref="OutboxDeliveryJob"/>. A failed attempt
/// records <c>last_error</c> and waits: attempt n+1 is due <see cref="SmtpOptions.RetryBaseSeconds"/>·(2ⁿ−1) seconds after
/// the email was queued, so the schedule needs no extra column. After <see cref="SmtpOptions.MaxAttempts"/> the row is
/// marked failed for good.
/// <para>
/// Each email is <b>claimed</b> in a transaction of its own (<c>SELECT … FOR UPDATE SKIP LOCKED</c>), sent, marked and
/// committed: a second instance delivering at the same time skips the rows this one holds, so no email goes out twice,
/// and a crash loses at most the one email in flight. Runs as the jobs role (<see cref="JobsDbContextFactory"/>): the
/// app role may queue emails but not read them (decision 017).
/// </para>
/// </summary>
public sealed class SmtpOutboxDelivery(
    JobsDbContextFactory contexts, IOptions<EmailOptions> options, TimeProvider clock, ILogger<SmtpOutboxDelivery> logger)
{
    private SmtpOptions Smtp => options.Value.Smtp;

    /// <summary>Sends the emails that are due now (at most <see cref="SmtpOptions.BatchSize"/>); returns how many were sent.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        if (!Smtp.Enabled) return 0;
        var sent = 0;
        using var client = new SmtpClient();
        try
        {
            for (var i = 0; i < Smtp.BatchSize; i++)
            {
                await using var db = contexts.CreateDbContext();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var email = await ClaimNextDueAsync(db, cancellationToken);
                if (email is null) break;

                var reached = client.IsConnected || await TryConnectAsync(client, email, cancellationToken);
                if (reached && await TrySendAsync(client, email, cancellationToken)) sent++;
                await db.SaveChangesAsync(CancellationToken.None);
                await transaction.CommitAsync(CancellationToken.None);
                if (!reached) break; // the server is down: the other emails wait for the next run
            }
        }
        finally
        {
            if (client.IsConnected) await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        return sent;
    }

    /// <summary>
    /// Locks the next due email for this transaction, skipping rows another delivery holds. The due time is computed in
    /// SQL, so only emails that will be tried are locked.
    /// </summary>
    private async Task<OutboxEmail?> ClaimNextDueAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await db.EmailOutbox.FromSql($"""
            SELECT * FROM email_outbox
            WHERE status = 'queued' AND attempts < {Smtp.MaxAttempts}
              AND created_at + {Smtp.RetryBaseSeconds} * (power(2, attempts) - 1) * interval '1 second' <= {now}
            ORDER BY attempts, created_at
            LIMIT 1
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        return rows.SingleOrDefault();
    }

    private async Task<bool> TryConnectAsync(SmtpClient client, OutboxEmail email, CancellationToken cancellationToken)
    {
        try
        {
            var security = Smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
            await client.ConnectAsync(Smtp.Host!, Smtp.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(Smtp.User)) await client.AuthenticateAsync(Smtp.User, Smtp.Password ?? "", cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            RecordFailure(email, ex);
            logger.LogWarning(ex, "Could not reach the SMTP server {Host}:{Port}.", Smtp.Host, Smtp.Port);
            return false;
        }
    }

    private async Task<bool> TrySendAsync(SmtpClient client, OutboxEmail email, CancellationToken cancellationToken)
    {
        try
        {
            await client.SendAsync(ToMessage(email), cancellationToken);
            email.Attempts++;
            email.Status = OutboxEmailStatus.Sent;
            email.SentAt = clock.GetUtcNow();
            email.LastError = null;
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            RecordFailure(email, ex);
            logger.LogWarning(ex, "Delivery of email {EmailId} failed (attempt {Attempt}).", email.Id, email.Attempts);
            return false;
        }
    }

    private void RecordFailure(OutboxEmail email, Exception ex)
    {
        email.Attempts++;
        email.LastError = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
        if (email.Attempts >= Smtp.MaxAttempts) email.Status = OutboxEmailStatus.Failed;
    }

    private MimeMessage ToMessage(OutboxEmail email)
    {
        var message = new MimeMessage { Subject = email.Subject, Body = new BodyBuilder { HtmlBody = email.HtmlBody }.ToMessageBody() };
        message.From.Add(MailboxAddress.Parse(Smtp.From));
        message.To.Add(MailboxAddress.Parse(email.ToAddress));
        message.MessageId = $"{email.Id:N}@producersavenue";
        // RFC 2369 and RFC 8058: mail programs offer their own Unsubscribe, which POSTs to the signed link (decision 279).
        if (email.ListUnsubscribeUrl is { Length: > 0 } unsubscribe)
        {
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return message;
    }
}
