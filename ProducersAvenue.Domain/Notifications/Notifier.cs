using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Notifications.Email;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Notifications;

/// <summary>
/// Writes notifications in the caller's unit of work (decision 016) and rings the recipients' bells after it commits.
/// Each recipient's preferences for the type decide (decision 210): in-app off writes no row; email on queues one email
/// for the event, or a line for the daily digest when the type is chatty (<see cref="NotificationTypeInfo.Digest"/>), or none
/// when its email waits to see if the member reads first (<see cref="NotificationTypeInfo.EmailWhenUnread"/>: messages).
/// A member who muted the actor, or shares a block with them, hears nothing of the actor's doings to their posts,
/// comments and profile (<see cref="NotificationTypeInfo.Social"/>, decision 278): no row, no email.
/// </summary>
public sealed class Notifier(UnitOfWork units, INotificationBroadcaster broadcaster, NotificationEmails emails, TimeProvider clock) : INotifier
{
    public Task NotifyAsync(NotificationRequest request, CancellationToken cancellationToken = default) =>
        NotifyManyAsync([request], cancellationToken);

    public async Task NotifyManyAsync(IReadOnlyCollection<NotificationRequest> requests, CancellationToken cancellationToken = default)
    {
        // Nobody is notified of their own action; the words fit the row (NotificationText).
        var requested = requests.Where(r => r.ActorId != r.UserId).Select(NotificationText.Fitted).ToList();
        if (requested.Count == 0) return;
        var now = clock.GetUtcNow();
        await units.RunAsync(async (db, ct) =>
        {
            var silenced = await SilencedAsync(db, requested, ct);
            var rows = requested.Where(r => !(Silenceable(r) && silenced.Contains((r.UserId, r.ActorId!.Value)))).ToList();
            var rung = new HashSet<Guid>();
            foreach (var ofType in rows.GroupBy(r => r.Type))
            {
                var info = NotificationTypeCatalog.For(ofType.Key);
                var type = EnumText<NotificationType>.ToText(ofType.Key);
                var channels = await NotificationPreferenceService.ChannelsAsync(db, ofType.Select(r => r.UserId).ToList(), ofType.Key, ct);
                foreach (var r in ofType)
                {
                    var chosen = channels[r.UserId];
                    if (chosen.InApp)
                    {
                        // A plain INSERT (EF would add RETURNING is_read): the actor may write the recipient's row but, under
                        // Row Level Security, never read it back (decision 080). A like or a follow the recipient was
                        // already told of writes nothing (a unique index, decision 174), and is not emailed again either.
                        var written = await db.Database.ExecuteSqlInterpolatedAsync($"""
                            INSERT INTO notifications (id, user_id, type, title, message, link_url, actor_id, related_id, is_read, created_at)
                            VALUES ({Guid.CreateVersion7()}, {r.UserId}, {type}, {r.Title}, {r.Message}, {r.LinkUrl}, {r.ActorId}, {r.RelatedId}, false, {now})
                            ON CONFLICT DO NOTHING
                            """, ct);
                        if (written == 0) continue;
                        rung.Add(r.UserId);
                    }
                    // A message's email waits for its own job, which sends it only if the message is still unread (decision 301).
                    if (!chosen.Email || info.EmailWhenUnread) continue;
                    if (info.Digest)
                        await db.Database.ExecuteSqlInterpolatedAsync($"""
                            INSERT INTO notification_digest_items (id, user_id, type, title, link_url, created_at)
                            VALUES ({Guid.CreateVersion7()}, {r.UserId}, {type}, {r.Title}, {r.LinkUrl}, {now})
                            """, ct);
                    else
                        await emails.QueueEventAsync(db, r, ct);
                }
            }
            UnitOfWork.AfterCommit(() => rung.ToList().ForEach(broadcaster.Publish));
        }, cancellationToken);
    }

    /// <summary>
    /// The (recipient, actor) pairs of <paramref name="rows"/> of social types whose recipient muted the actor or shares a
    /// block with them: one query per actor (a batch has one, the member acting), through <c>app_silenced_recipients</c>,
    /// which answers only about the caller.
    /// </summary>
    private static async Task<HashSet<(Guid Recipient, Guid Actor)>> SilencedAsync(AppDbContext db, List<NotificationRequest> rows, CancellationToken cancellationToken)
    {
        var silenced = new HashSet<(Guid, Guid)>();
        foreach (var byActor in rows.Where(Silenceable).GroupBy(r => r.ActorId!.Value))
        {
            var recipients = byActor.Select(r => r.UserId).Distinct().ToArray();
            var quiet = await db.Database.SqlQuery<Guid>($"SELECT app_silenced_recipients({byActor.Key}, {recipients}) AS \"Value\"")
                .ToListAsync(cancellationToken);
            silenced.UnionWith(quiet.Select(recipient => (recipient, byActor.Key)));
        }
        return silenced;
    }

    private static bool Silenceable(NotificationRequest request) => request.ActorId is not null && NotificationTypeCatalog.For(request.Type).Social;
}

/// <summary>In-process broadcaster: one app instance. A Redis backplane replaces it when the app runs on several machines.</summary>
public sealed class InProcessNotificationBroadcaster : INotificationBroadcaster
{
    public event Action<Guid>? NotificationsChanged;
    public void Publish(Guid userId) => NotificationsChanged?.Invoke(userId);
}
