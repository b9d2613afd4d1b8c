using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// Notification settings of some demo members that differ from the defaults (decision 210): Nova keeps likes out of the
/// app and comment emails off, Lena wants no digest and no message emails, member 3 no sales emails.
/// </summary>
public static class DemoNotificationPreferences
{
    public static async Task WriteAsync(AppDbContext db, IReadOnlyList<Guid> ids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        (Guid Member, NotificationType Type, bool InApp, bool Email)[] choices =
        [
            (ids[1], NotificationType.Like, false, true),
            (ids[1], NotificationType.Comment, true, false),
            (ids[2], NotificationType.Like, true, false),
            (ids[2], NotificationType.Follow, true, false),
            (ids[2], NotificationType.Message, true, false),
            (ids[3], NotificationType.Order, true, false),
        ];
        foreach (var (member, type, inApp, email) in choices)
        {
            var text = EnumText<NotificationType>.ToText(type);
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO notification_preferences (user_id, type, in_app, email, updated_at) VALUES ({member}, {text}, {inApp}, {email}, {now})
                ON CONFLICT (user_id, type) DO NOTHING
                """, cancellationToken);
        }
    }
}
