using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// Likes on the demo's listings (decision 155): each member likes about one product on sale in eight, never their own,
/// at a moment of the last two weeks — so product pages show hearts with counts and every member's Library → Liked has a
/// list. The counts follow the rows through the likes' trigger. Written as the owner.
/// </summary>
public static class DemoProductLikes
{
    public static async Task WriteAsync(AppDbContext db, IReadOnlyList<Guid> memberIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var members = memberIds.ToArray();
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO product_likes (id, product_id, user_id, created_at)
            SELECT gen_random_uuid(), p.id, m.id, {now} - (abs(hashtext(m.id::text || p.id::text)) % 20160) * interval '1 minute'
            FROM products p
            CROSS JOIN unnest({members}) AS m(id)
            WHERE p.status = 'active' AND p.is_approved AND m.id <> p.seller_id
              AND abs(hashtext(p.id::text || 'like' || m.id::text)) % 8 = 0
            ON CONFLICT DO NOTHING
            """, cancellationToken);
    }
}
