using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Notifications;

/// <summary>
/// A member's notification settings: per type, in the app and by email (decision 210). Rows hold only what the member
/// chose; a type without a row gets <see cref="NotificationTypeCatalog"/>'s default. Always the caller's own rows (and RLS
/// behind that).
/// </summary>
public sealed class NotificationPreferenceService(IDbContextFactory<AppDbContext> contexts, UnitOfWork units, ICurrentUser user, TimeProvider clock)
{
    /// <summary>Every type, in the catalogue's order, with the caller's choices or the defaults.</summary>
    public async Task<Result<IReadOnlyList<NotificationPreference>>> ListMineAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQuery<PreferenceRow>(
            $"SELECT user_id, type, in_app, email FROM notification_preferences WHERE user_id = {me}").ToListAsync(cancellationToken);
        var chosen = rows.ToDictionary(r => r.Type, r => new NotificationChannels(r.InApp, r.Email));
        return NotificationTypeCatalog.All.Select(t =>
        {
            var channels = chosen.GetValueOrDefault(EnumText<NotificationType>.ToText(t.Type)) ?? new NotificationChannels(t.InApp, t.Email);
            return new NotificationPreference(t.Type, t.Label, t.Description, channels.InApp, channels.Email, t.Digest);
        }).ToList();
    }

    /// <summary>Sets both channels of one type for the caller.</summary>
    public async Task<Result> SetAsync(NotificationType type, bool inApp, bool email, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        if (!Enum.IsDefined(type)) return NotificationsErrors.UnknownType;
        var text = EnumText<NotificationType>.ToText(type);
        var now = clock.GetUtcNow();
        await units.RunAsync((db, ct) => db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO notification_preferences (user_id, type, in_app, email, updated_at) VALUES ({me}, {text}, {inApp}, {email}, {now})
            ON CONFLICT (user_id, type) DO UPDATE SET in_app = excluded.in_app, email = excluded.email, updated_at = excluded.updated_at
            """, ct), cancellationToken);
        return Result.Success();
    }

    /// <summary>
    /// How each recipient gets a notification of <paramref name="type"/>: their choice, or the default. Read through the
    /// definer function <c>notification_preferences_for</c>, since the notifier writes as the actor.
    /// </summary>
    internal static async Task<Dictionary<Guid, NotificationChannels>> ChannelsAsync(AppDbContext db, IReadOnlyCollection<Guid> recipients,
        NotificationType type, CancellationToken cancellationToken)
    {
        var info = NotificationTypeCatalog.For(type);
        var ids = recipients.Distinct().ToArray();
        var text = EnumText<NotificationType>.ToText(type);
        var rows = await db.Database.SqlQuery<PreferenceRow>(
            $"SELECT user_id, {text} AS type, in_app, email FROM notification_preferences_for({ids}, {text})").ToListAsync(cancellationToken);
        var chosen = rows.ToDictionary(r => r.UserId, r => new NotificationChannels(r.InApp, r.Email));
        return ids.ToDictionary(id => id, id => chosen.GetValueOrDefault(id) ?? new NotificationChannels(info.InApp, info.Email));
    }

    private sealed record PreferenceRow(Guid UserId, string Type, bool InApp, bool Email);
}
