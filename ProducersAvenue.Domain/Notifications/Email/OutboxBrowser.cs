using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Notifications.Email;

public sealed record OutboxEmailRow(Guid Id, string ToAddress, string Subject, OutboxEmailStatus Status, int Attempts,
    string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

public sealed record OutboxEmailView(Guid Id, string ToAddress, string Subject, string HtmlBody, OutboxEmailStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

/// <summary>
/// Reads <c>email_outbox</c>, newest first, for admins (the outbox page, and the development mailbox when it is on) and,
/// only in Development with <see cref="EmailOptions.DevMailbox"/> on, for everyone (<see cref="EmailOptions.DevMailboxForEveryone"/>).
/// Anyone else gets <see cref="Error.Forbidden"/>.
/// </summary>
/// <remarks>
/// Row Level Security lets admins read the outbox as themselves. The development mailbox shows every email to every
/// visitor by design, so it reads through the jobs role, which may read the outbox (decision 080).
/// </remarks>
public sealed class OutboxBrowser(IDbContextFactory<AppDbContext> contexts, JobsDbContextFactory jobs, ICurrentUser user, IOptions<EmailOptions> options)
{
    public const int DefaultPageSize = 25;

    public bool CanBrowse => user.IsAdmin || options.Value.DevMailboxForEveryone;

    /// <summary>Whether <c>/dev/mailbox</c> exists for this caller: turned on, and the caller may browse.</summary>
    public bool ShowsDevMailbox => options.Value.DevMailbox && CanBrowse;

    private AppDbContext CreateContext() => user.IsAdmin ? contexts.CreateDbContext() : jobs.CreateDbContext();

    public async Task<Result<KeysetPage<OutboxEmailRow>>> ListAsync(string? cursor = null, int pageSize = DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        if (!CanBrowse) return Error.Forbidden;
        pageSize = Math.Clamp(pageSize, 1, 100);
        await using var db = CreateContext();
        var query = db.EmailOutbox.AsNoTracking();
        if (TimeCursor.Decode(cursor) is { } after)
            query = query.Where(e => EF.Functions.LessThan(ValueTuple.Create(e.CreatedAt, e.Id), ValueTuple.Create(after.CreatedAt, after.Id)));
        var rows = await query
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)
            .Take(pageSize + 1)
            .Select(e => new OutboxEmailRow(e.Id, e.ToAddress, e.Subject, e.Status, e.Attempts, e.LastError, e.CreatedAt, e.SentAt))
            .ToListAsync(cancellationToken);
        var next = rows.Count > pageSize ? new TimeCursor(rows[pageSize - 1].CreatedAt, rows[pageSize - 1].Id).Encode() : null;
        return new KeysetPage<OutboxEmailRow>(rows.Take(pageSize).ToList(), next);
    }

    public async Task<Result<OutboxEmailView>> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (!CanBrowse) return Error.Forbidden;
        await using var db = CreateContext();
        var email = await db.EmailOutbox.AsNoTracking()
            .Where(e => e.Id == id)
            .Select(e => new OutboxEmailView(e.Id, e.ToAddress, e.Subject, e.HtmlBody, e.Status, e.CreatedAt, e.SentAt))
            .SingleOrDefaultAsync(cancellationToken);
        return email is null ? Error.NotFound("The email") : email;
    }
}
