using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Domain.Taxonomy;

/// <summary>
/// Categories, skills and genres: autocomplete over approved values, members' requests for new values (de-duplicated
/// by normalised spelling, one row per value, auto-approved by the database trigger at the configured thresholds)
/// and the admin review of requests.
/// </summary>
public sealed class TaxonomyService(
    IDbContextFactory<AppDbContext> contexts,
    UnitOfWork units,
    ICurrentUser currentUser,
    INotifier notifier,
    IOptions<TaxonomyOptions> options,
    IOptions<ProfileOptions> profileOptions,
    TimeProvider clock)
{
    public const string ReasonField = "Reason";

    private TaxonomyOptions Options => options.Value;

    /// <summary>Approved, active values whose name contains <paramref name="query"/>; names starting with it come first.</summary>
    public async Task<IReadOnlyList<TaxonomyChip>> SearchAsync(CustomFieldType type, string? query, int? limit = null, CancellationToken cancellationToken = default)
    {
        var take = Math.Clamp(limit ?? Options.SearchLimit, 1, Options.MaxSearchLimit);
        var text = Slug.CollapseWhitespace(TextInput.Clean(query) ?? "");
        await using var db = contexts.CreateDbContext();
        var source = Approved(db, type);
        IOrderedQueryable<NameRow> ordered;
        if (text.Length == 0)
        {
            ordered = source.OrderBy(r => r.SortOrder).ThenBy(r => r.Name);
        }
        else
        {
            var escaped = LikePattern.Escape(text);
            source = source.Where(r => EF.Functions.ILike(r.Name, "%" + escaped + "%", "\\"));
            ordered = source.OrderBy(r => EF.Functions.ILike(r.Name, escaped + "%", "\\") ? 0 : 1).ThenBy(r => r.Name);
        }
        var rows = await ordered.Take(take).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new TaxonomyChip(r.Id, r.Name, type, false))];
    }

    /// <summary>
    /// The current member asks for <paramref name="value"/>. An approved value with the same normalised name or slug is
    /// attached instead. Otherwise one statement inserts the request or adds the member to it (at most once), so
    /// concurrent requesters serialize on the row and the trigger sees every distinct requester.
    /// </summary>
    public async Task<Result<CustomValueOutcome>> RequestCustomValueAsync(CustomFieldType type, string value, Guid? categoryId = null,
        CancellationToken cancellationToken = default)
    {
        if (currentUser.UserId is not { } me) return Error.SignInRequired;
        var field = FieldOf(type);
        var display = Slug.CollapseWhitespace(TextInput.Clean(value) ?? "");
        if (display.Length < Options.MinValueLength)
            return TaxonomyErrors.ValueTooShort(field, Options.MinValueLength);
        if (display.Length > CustomFieldRequest.ValueMaxLength)
            return TaxonomyErrors.ValueTooLong(field, Label(type), CustomFieldRequest.ValueMaxLength);
        if (categoryId is not null && type != CustomFieldType.Skill) categoryId = null;

        var normalized = Slug.NormalizeKey(display);
        return await units.RunAsync<Result<CustomValueOutcome>>(async (db, ct) =>
        {
            var slug = await Slug.OfAsync(db, display, ct);
            if (slug.Length == 0)
                return TaxonomyErrors.ValueWithoutLetters(field);
            if (categoryId is { } category && !await db.Categories.AnyAsync(c => c.Id == category && c.IsActive, ct))
                return TaxonomyErrors.CategoryUnavailable(field);

            var existing = await Approved(db, type)
                .Where(r => r.Name.ToLower() == normalized || r.Slug == slug)
                .Select(r => new { r.Id, r.Name })
                .FirstOrDefaultAsync(ct);
            if (existing is not null)
            {
                if (await IsFullAsync(db, type, me, existing.Id, ct)) return TooMany(type);
                await AttachAsync(db, type, me, existing.Id, ct);
                return new CustomValueOutcome(new TaxonomyChip(existing.Id, existing.Name, type, false));
            }

            var typeText = EnumText<CustomFieldType>.ToText(type);
            // ON CONFLICT arbitrates on (field_type, normalized_value) only: a concurrent first request for the same value can
            // still trip the other unique index (field_type, field_value, category_id) and raise 23505. The row exists then,
            // so running the statement again joins it through the ON CONFLICT path.
            for (var attempt = 1; ; attempt++)
            {
                // A failed statement spoils the transaction: the savepoint lets the unit go on after losing the race.
                await db.Database.CurrentTransaction!.CreateSavepointAsync("custom_value_request", ct);
                try
                {
                    await InsertOrJoinRequestAsync(db, typeText, display, normalized, categoryId, ct);
                    break;
                }
                catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation && attempt < 3)
                {
                    // Lost the race described above: run it again.
                    await db.Database.CurrentTransaction!.RollbackToSavepointAsync("custom_value_request", ct);
                }
            }

            var request = await db.CustomFieldRequests.AsNoTracking()
                .SingleAsync(r => r.FieldType == type && r.NormalizedValue == normalized, ct);
            switch (request.Status)
            {
                case CustomFieldStatus.Pending:
                    return new CustomValueOutcome(new TaxonomyChip(request.Id, request.FieldValue, type, true));
                case CustomFieldStatus.Rejected:
                    return TaxonomyErrors.ValueRejected(field, request.FieldValue, request.RejectionReason);
                default:
                    // Approved (perhaps by this very request: the trigger attached it to every requester; they hear of it here).
                    if (request.CreatedFieldId is not { } fieldId) return Error.NotFound($"The {Label(type)}");
                    if (!request.RequestedBy.Contains(me)) await AttachAsync(db, type, me, fieldId, ct);
                    if (await ApprovedInThisUnitAsync(db, request.Id, ct)) await NotifyApprovedAsync(request, null, ct);
                    return new CustomValueOutcome(new TaxonomyChip(fieldId, request.FieldValue, type, false));
            }
        }, cancellationToken);
    }

    /// <summary>The current member takes back their pending request; a request nobody wants any more disappears.</summary>
    public async Task<Result> WithdrawRequestAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        if (currentUser.UserId is null) return Error.SignInRequired;
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            // The database takes the member from app.user_id (decision 080): a request they are not part of is untouched.
            var withdrawn = await db.Database
                .SqlQuery<bool>($"SELECT withdraw_custom_field_request({requestId}) AS \"Value\"")
                .SingleAsync(ct);
            if (!withdrawn) return Error.NotFound("That request");
            return Result.Success();
        }, cancellationToken);
    }

    public async Task<Result<CustomFieldRequestPage>> ListRequestsAsync(CustomFieldRequestFilter filter, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsAdmin) return Error.Forbidden;
        var pageSize = Math.Clamp(filter.PageSize, 1, 100);
        var page = Math.Max(filter.Page, 0);
        await using var db = contexts.CreateDbContext();
        var query = db.CustomFieldRequests.AsNoTracking();
        if (filter.Type is { } type) query = query.Where(r => r.FieldType == type);
        if (filter.Status is { } status) query = query.Where(r => r.Status == status);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderByDescending(r => r.RequestCount).ThenByDescending(r => r.CreatedAt).ThenBy(r => r.Id)
            .Skip(page * pageSize).Take(pageSize)
            .Select(r => new
            {
                r.Id, r.FieldType, r.FieldValue, r.RequestCount, r.RequestedBy, r.Status, r.CreatedAt, r.ReviewedAt, r.RejectionReason,
                CategoryName = db.Categories.Where(c => c.Id == r.CategoryId).Select(c => c.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var userIds = rows.SelectMany(r => r.RequestedBy).Distinct().ToList();
        var usernames = await db.UserProfiles.AsNoTracking().Where(p => userIds.Contains(p.UserId))
            .ToDictionaryAsync(p => p.UserId, p => p.Username, cancellationToken);
        var items = rows.Select(r => new CustomFieldRequestRow(
            r.Id, r.FieldType, r.FieldValue, r.CategoryName, r.RequestCount,
            [.. r.RequestedBy.Select(id => usernames.GetValueOrDefault(id, "(deleted member)"))],
            r.Status, r.CreatedAt, r.ReviewedAt, r.RejectionReason)).ToList();
        return new CustomFieldRequestPage(items, total);
    }

    /// <summary>Creates the value and attaches it to every requester (inside <c>approve_custom_field_request</c>), then tells them.</summary>
    public async Task<Result> ApproveAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsAdmin) return Error.Forbidden;
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            var request = await db.CustomFieldRequests.AsNoTracking().Where(r => r.Id == requestId)
                .Select(r => new { r.Status, r.RequestedBy }).SingleOrDefaultAsync(ct);
            if (request is null) return Error.NotFound("The request");
            if (request.Status != CustomFieldStatus.Pending) return TaxonomyErrors.AlreadyReviewed;

            var created = await db.Database
                .SqlQuery<Guid?>($"SELECT approve_custom_field_request({requestId}) AS \"Value\"")
                .ToListAsync(ct);
            if (created.FirstOrDefault() is null) return TaxonomyErrors.AlreadyReviewed;
            var approved = await db.CustomFieldRequests.AsNoTracking().SingleAsync(r => r.Id == requestId, ct);
            await NotifyApprovedAsync(approved, currentUser.UserId, ct);
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>Marks the request rejected with the admin's reason and tells each requester why.</summary>
    public async Task<Result> RejectAsync(Guid requestId, string? reason, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsAdmin || currentUser.UserId is not { } admin) return Error.Forbidden;
        var text = TextInput.Clean(reason)?.Trim() ?? "";
        if (text.Length == 0) return TaxonomyErrors.ReasonMissing;
        if (text.Length > CustomFieldRequest.ReasonMaxLength)
            return TaxonomyErrors.ReasonTooLong(CustomFieldRequest.ReasonMaxLength);

        return await units.RunAsync<Result>(async (db, ct) =>
        {
            if (!await db.CustomFieldRequests.AnyAsync(r => r.Id == requestId, ct)) return Error.NotFound("The request");
            var changed = await db.CustomFieldRequests
                .Where(r => r.Id == requestId && r.Status == CustomFieldStatus.Pending)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.Status, CustomFieldStatus.Rejected)
                    .SetProperty(r => r.ReviewedBy, admin)
                    .SetProperty(r => r.ReviewedAt, clock.GetUtcNow())
                    .SetProperty(r => r.RejectionReason, text), ct);
            if (changed == 0) return TaxonomyErrors.AlreadyReviewed;

            // Requesters cannot change once the row left 'pending' (the request upsert only touches pending rows).
            var request = await db.CustomFieldRequests.AsNoTracking().SingleAsync(r => r.Id == requestId, ct);
            var label = Label(request.FieldType);
            await notifier.NotifyManyAsync([.. request.RequestedBy.Select(userId => new NotificationRequest(
                userId, NotificationType.CustomField, $"Your {label} request was not approved",
                $"“{request.FieldValue}” was not added: {text}", "/settings/profile", admin, request.Id))], ct);
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>Tells every requester that their value is on the platform now, through the notifier (their preferences decide).</summary>
    private Task NotifyApprovedAsync(CustomFieldRequest request, Guid? reviewer, CancellationToken ct)
    {
        var label = Label(request.FieldType);
        return notifier.NotifyManyAsync([.. request.RequestedBy.Select(userId => new NotificationRequest(
            userId, NotificationType.CustomField, $"Your {label} was approved",
            $"“{request.FieldValue}” is now a {label} on Producers Avenue and has been added to your profile.", "/settings/profile", reviewer, request.Id))], ct);
    }

    /// <summary>Whether the request was approved in this very transaction (the approval stamps <c>reviewed_at</c> with its <c>now()</c>).</summary>
    private static async Task<bool> ApprovedInThisUnitAsync(AppDbContext db, Guid requestId, CancellationToken ct) =>
        await db.Database.SqlQuery<bool>($"SELECT coalesce(reviewed_at = now(), false) AS \"Value\" FROM custom_field_requests WHERE id = {requestId}").SingleAsync(ct);

    public static string FieldOf(CustomFieldType type) => type switch
    {
        CustomFieldType.Category => ProfileFields.Categories,
        CustomFieldType.Skill => ProfileFields.Skills,
        _ => ProfileFields.Genres,
    };

    public static string Label(CustomFieldType type) => EnumText<CustomFieldType>.ToText(type);

    public static string Plural(CustomFieldType type) => type == CustomFieldType.Category ? "categories" : Label(type) + "s";

    private Error TooMany(CustomFieldType type)
    {
        var max = type switch
        {
            CustomFieldType.Category => profileOptions.Value.MaxCategories,
            CustomFieldType.Skill => profileOptions.Value.MaxSkills,
            _ => profileOptions.Value.MaxGenres,
        };
        return TaxonomyErrors.TooMany(FieldOf(type), Plural(type), max);
    }

    private sealed class NameRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string Slug { get; init; } = "";
        public int SortOrder { get; init; }
    }

    private static IQueryable<NameRow> Approved(AppDbContext db, CustomFieldType type) => type switch
    {
        CustomFieldType.Category => db.Categories.AsNoTracking().Where(c => c.IsActive)
            .Select(c => new NameRow { Id = c.Id, Name = c.Name, Slug = c.Slug, SortOrder = c.SortOrder }),
        CustomFieldType.Skill => db.Skills.AsNoTracking().Where(s => s.IsActive && s.IsAdminApproved)
            .Select(s => new NameRow { Id = s.Id, Name = s.Name, Slug = s.Slug, SortOrder = 0 }),
        _ => db.Genres.AsNoTracking().Where(g => g.IsActive)
            .Select(g => new NameRow { Id = g.Id, Name = g.Name, Slug = g.Slug, SortOrder = 0 }),
    };

    private async Task<bool> IsFullAsync(AppDbContext db, CustomFieldType type, Guid userId, Guid fieldId, CancellationToken cancellationToken) => type switch
    {
        CustomFieldType.Category => !await db.UserCategories.AnyAsync(l => l.UserId == userId && l.CategoryId == fieldId, cancellationToken) &&
            await db.UserCategories.CountAsync(l => l.UserId == userId, cancellationToken) >= profileOptions.Value.MaxCategories,
        CustomFieldType.Skill => !await db.UserSkills.AnyAsync(l => l.UserId == userId && l.SkillId == fieldId, cancellationToken) &&
            await db.UserSkills.CountAsync(l => l.UserId == userId, cancellationToken) >= profileOptions.Value.MaxSkills,
        _ => !await db.UserGenres.AnyAsync(l => l.UserId == userId && l.GenreId == fieldId, cancellationToken) &&
            await db.UserGenres.CountAsync(l => l.UserId == userId, cancellationToken) >= profileOptions.Value.MaxGenres,
    };

    private static Task<int> InsertOrJoinRequestAsync(AppDbContext db, string typeText, string display, string normalized, Guid? categoryId,
        CancellationToken cancellationToken) =>
        // request_custom_field joins a pending request of other members, which the caller may not read or update
        // directly (Row Level Security): it takes the requester from app.user_id, never from an argument.
        db.Database.SqlQuery<int>(
                $"SELECT request_custom_field({typeText}, {display}, {normalized}, {categoryId}::uuid) AS \"Value\"")
            .SingleAsync(cancellationToken);

    private static Task<int> AttachAsync(AppDbContext db, CustomFieldType type, Guid userId, Guid fieldId, CancellationToken cancellationToken) => type switch
    {
        CustomFieldType.Category => db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO user_categories (user_id, category_id) VALUES ({userId}, {fieldId}) ON CONFLICT DO NOTHING", cancellationToken),
        CustomFieldType.Skill => db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO user_skills (user_id, skill_id) VALUES ({userId}, {fieldId}) ON CONFLICT DO NOTHING", cancellationToken),
        _ => db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO user_genres (user_id, genre_id) VALUES ({userId}, {fieldId}) ON CONFLICT DO NOTHING", cancellationToken),
    };
}
