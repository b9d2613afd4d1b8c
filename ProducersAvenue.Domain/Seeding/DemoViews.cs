using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// Two weeks of listing views in the demo community, so sellers' lists and "popular" read like a living market: each
/// listing on sale draws its own share of the members each day (from 5 to 30 in 100, fixed by its id), one view per
/// member per day as <c>app_record_product_view</c> records them (decision 141), never the seller's own. The counts follow
/// the rows. Written as the owner.
/// </summary>
public static class DemoViews
{
    private const int Days = 14;

    public static async Task WriteAsync(AppDbContext db, IReadOnlyList<Guid> memberIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var members = memberIds.ToArray();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO product_views (product_id, viewer_id, viewed_on)
            SELECT p.id, m.id, {today} - d.n
            FROM products p
            CROSS JOIN unnest({members}) AS m(id)
            CROSS JOIN generate_series(0, {Days - 1}) AS d(n)
            WHERE p.status = 'active' AND p.is_approved AND m.id <> p.seller_id
              AND abs(hashtext(p.id::text || m.id::text || d.n::text)) % 100 < 5 + abs(hashtext(p.id::text)) % 26
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        // A view is not an edit: updated_at moves by a microsecond only, as app_record_product_view moves it.
        await db.Database.ExecuteSqlRawAsync("""
            UPDATE products p SET views_count = v.n, updated_at = p.updated_at + interval '1 microsecond'
            FROM (SELECT product_id, count(*)::int AS n FROM product_views GROUP BY product_id) v
            WHERE p.id = v.product_id
            """, cancellationToken);
    }
}
