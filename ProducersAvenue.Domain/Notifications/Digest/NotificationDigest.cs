using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Notifications.Email;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Notifications.Digest;

/// <summary>
/// Sends the digest (decision 211): one email per member listing the chatty events queued for them since their last
/// digest, and nothing to a member with nothing queued. Each member's items are taken with <c>DELETE … RETURNING</c> in
/// the same unit of work that queues the email, so an item goes out exactly once even when two runs overlap, and a
/// failure keeps both the items and no email. Runs as the jobs role.
/// </summary>
public sealed class NotificationDigest([FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork jobs, JobsDbContextFactory contexts,
    NotificationEmails emails, TimeProvider clock)
{
    /// <summary>Sends every due digest; returns how many emails were queued.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        List<Guid> members;
        await using (var db = contexts.CreateDbContext())
            members = await db.Database.SqlQuery<Guid>(
                $"SELECT DISTINCT user_id AS \"Value\" FROM notification_digest_items WHERE created_at <= {now}").ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var member in members)
        {
            var queued = await jobs.RunAsync(async (db, ct) =>
            {
                var items = (await db.Database.SqlQuery<ItemRow>($"""
                        DELETE FROM notification_digest_items WHERE user_id = {member} AND created_at <= {now}
                        RETURNING type, title, link_url, created_at, id
                        """).ToListAsync(ct))
                    .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)
                    .Select(i => new DigestItem(EnumText<NotificationType>.FromText(i.Type), i.Title, i.LinkUrl, i.CreatedAt))
                    .ToList();
                return items.Count > 0 && await emails.QueueDigestAsync(db, member, items, ct);
            }, cancellationToken);
            if (queued) sent++;
        }
        return sent;
    }

    private sealed record ItemRow(string Type, string Title, string? LinkUrl, DateTimeOffset CreatedAt, Guid Id);
}
