using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Moderation;

/// <summary>
/// Members report what breaks the rules (decision 206): messages and conversations they take part in, posts, comments,
/// profiles, products and services they can see. One report per reporter and target (the unique index behind it); members under a report ban
/// (<c>report_abuse_tracking</c>) are refused. Judging reports is the admins' later work: here they are only stored.
/// </summary>
public sealed class ReportService(UnitOfWork units, ICurrentUser user, TimeProvider clock)
{
    public async Task<Result<Guid>> ReportAsync(ReportCommand command, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        var details = TextInput.Clean(command.Details)?.Trim();
        if (string.IsNullOrEmpty(details)) details = null;
        var errors = new List<Error>();
        if (command.Reason is null) errors.Add(ModerationErrors.ReasonRequired);
        if (details is { Length: > Report.DetailsMaxLength }) errors.Add(ModerationErrors.DetailsTooLong(Report.DetailsMaxLength));
        else if (command.Reason == ReportReason.Other && details is null) errors.Add(ModerationErrors.DetailsRequired);
        if (errors.Count > 0) return Result<Guid>.Fail(errors);

        return await units.RunAsync<Result<Guid>>(async (db, ct) =>
        {
            var now = clock.GetUtcNow();
            var ban = await db.ReportAbuseTracking.AsNoTracking()
                .Where(t => t.UserId == me && (t.PermanentBan || (t.IsReportBanned && (t.ReportBanUntil == null || t.ReportBanUntil > now))))
                .Select(t => new { t.PermanentBan, t.ReportBanUntil }).FirstOrDefaultAsync(ct);
            if (ban is not null) return ModerationErrors.ReportBanned(ban.PermanentBan ? null : ban.ReportBanUntil);

            var target = await TargetOwnerAsync(db, command.TargetType, command.TargetId, me, ct);
            if (!target.Succeeded) return Result<Guid>.Fail(target.Errors);
            if (target.Value == me) return ModerationErrors.OwnContent;

            var id = Guid.CreateVersion7();
            var type = EnumText<ReportTargetType>.ToText(command.TargetType);
            var reason = EnumText<ReportReason>.ToText(command.Reason!.Value);
            // One report per reporter and target: a second (also two at once) meets the unique index and does nothing.
            var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO reports (id, reporter_id, target_type, target_id, reason, details, status, created_at, updated_at)
                VALUES ({id}, {me}, {type}, {command.TargetId}, {reason}, {details}, 'pending', {now}, {now})
                ON CONFLICT (reporter_id, target_type, target_id) DO NOTHING
                """, ct);
            if (inserted == 0) return ModerationErrors.AlreadyReported;
            return id;
        }, cancellationToken);
    }

    /// <summary>
    /// Who the reported thing belongs to, when the caller may see it: participants only for messages and conversations
    /// (checked here and by Row Level Security), what the policies show for posts, comments, profiles, products and services
    /// (a draft or paused listing only to its seller, who may not report it).
    /// </summary>
    private static async Task<Result<Guid?>> TargetOwnerAsync(AppDbContext db, ReportTargetType type, Guid id, Guid me, CancellationToken ct)
    {
        if (type == ReportTargetType.Group) return ModerationErrors.TargetUnsupported; // with the groups issue
        (bool Found, Guid? Owner) target = type switch
        {
            ReportTargetType.Message => await OwnerAsync(db.Messages
                .Where(m => m.Id == id && db.Conversations.Any(c => c.Id == m.ConversationId && c.ParticipantIds.Contains(me))).Select(m => m.SenderId), ct),
            ReportTargetType.Conversation => (await db.Conversations.TakenPartIn(id, me).AnyAsync(ct), null),
            ReportTargetType.Post => await OwnerAsync(db.Posts.Where(p => p.Id == id).Select(p => p.UserId), ct),
            ReportTargetType.Comment => await OwnerAsync(db.Comments.Where(c => c.Id == id).Select(c => c.UserId), ct),
            ReportTargetType.Product => await OwnerAsync(db.Products.Where(p => p.Id == id).Select(p => p.SellerId), ct),
            ReportTargetType.Service => await OwnerAsync(db.Services.Where(s => s.Id == id).Select(s => s.SellerId), ct),
            ReportTargetType.Profile => (await db.Database.SqlQuery<bool>($"SELECT member_exists({id}) AS \"Value\"").SingleAsync(ct), id),
            _ => (false, null),
        };
        if (!target.Found) return ModerationErrors.TargetNotFound;
        return target.Owner;
    }

    /// <summary>Whether the policies let the caller see the thing, and whose it is.</summary>
    private static async Task<(bool Found, Guid? Owner)> OwnerAsync(IQueryable<Guid> owners, CancellationToken ct) =>
        await owners.Take(1).ToListAsync(ct) is [var owner] ? (true, owner) : (false, null);
}
