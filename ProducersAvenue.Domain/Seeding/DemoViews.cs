using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// Two weeks of listing views in the demo community, so sellers' lists and "popular" read like a living market: each
/// listing on sale draws its own share of the members each day (from 5 to 30 in 100, fixed by its id), one view per
/// member per day as <c>app_record_product_view</c> and <c>app_record_service_view</c> record them (decision 141), never
/// the seller's own. The counts follow the rows. Written as the owner.
/// </summary>
public static class DemoViews
{
    private const int Days = 14;

    public static async Task WriteAsync(AppDbContext db, IReadOnlyList<Guid> memberIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var members = memberIds.ToArray();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await db.Database.ExecuteSqlRawAsync(ViewsOf("products", "product_views", "product_id", "l.is_approved"), [members, today, Days - 1], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(ViewsOf("services", "service_views", "service_id", "true"), [members, today, Days - 1], cancellationToken);
    }

    /// <summary>
    /// The views of one kind of listing (<c>{0}</c> the members, <c>{1}</c> today, <c>{2}</c> the days before it), then each
    /// listing's count from its rows. A view is not an edit: updated_at moves by a microsecond only, as the recording
    /// functions move it.
    /// </summary>
    private static string ViewsOf(string listings, string views, string key, string listed) => $$"""
        INSERT INTO {{views}} ({{key}}, viewer_id, viewed_on)
        SELECT l.id, m.id, {1} - d.n
        FROM {{listings}} l
        CROSS JOIN unnest({0}) AS m(id)
        CROSS JOIN generate_series(0, {2}) AS d(n)
        WHERE l.status = 'active' AND {{listed}} AND m.id <> l.seller_id
          AND abs(hashtext(l.id::text || m.id::text || d.n::text)) % 100 < 5 + abs(hashtext(l.id::text)) % 26
        ON CONFLICT DO NOTHING;
        UPDATE {{listings}} l SET views_count = v.n, updated_at = l.updated_at + interval '1 microsecond'
        FROM (SELECT {{key}}, count(*)::int AS n FROM {{views}} GROUP BY {{key}}) v
        WHERE l.id = v.{{key}};
        """;
}
