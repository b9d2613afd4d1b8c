using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Notifications.Unsubscribe;

/// <summary>What a signed link changed: the type, its label, and whether its emails are now on.</summary>
public sealed record UnsubscribeOutcome(NotificationType Type, string Label, bool EmailOn);

/// <summary>
/// Turns one type's email off (or back on: the undo) for the member a signed link names, without signing in
/// (decision 212). Nothing changes unless <see cref="UnsubscribeLinks.Verify"/> accepts the link. The write runs as the
/// jobs role — the visitor is nobody to the database — and keeps the member's in-app choice (or the type's default).
/// </summary>
public sealed class UnsubscribeService(UnsubscribeLinks links, [FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork jobs, TimeProvider clock)
{
    public Task<Result<UnsubscribeOutcome>> UnsubscribeAsync(string? u, string? t, string? x, string? sig, CancellationToken cancellationToken = default) =>
        SetEmailAsync(u, t, x, sig, email: false, cancellationToken);

    public Task<Result<UnsubscribeOutcome>> UndoAsync(string? u, string? t, string? x, string? sig, CancellationToken cancellationToken = default) =>
        SetEmailAsync(u, t, x, sig, email: true, cancellationToken);

    private async Task<Result<UnsubscribeOutcome>> SetEmailAsync(string? u, string? t, string? x, string? sig, bool email,
        CancellationToken cancellationToken)
    {
        var verified = links.Verify(u, t, x, sig);
        if (verified.Value is not { } request) return Result<UnsubscribeOutcome>.Fail(verified.Errors);
        var info = NotificationTypeCatalog.For(request.Type);
        var type = EnumText<NotificationType>.ToText(request.Type);
        var now = clock.GetUtcNow();
        try
        {
            await jobs.RunAsync((db, ct) => db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO notification_preferences (user_id, type, in_app, email, updated_at) VALUES ({request.UserId}, {type}, {info.InApp}, {email}, {now})
                ON CONFLICT (user_id, type) DO UPDATE SET email = excluded.email, updated_at = excluded.updated_at
                """, ct), cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            return NotificationsErrors.AccountGone;
        }
        return new UnsubscribeOutcome(request.Type, info.Label, email);
    }
}
