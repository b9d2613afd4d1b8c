using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Content;

/// <summary>One page a visitor may read, for the sitemap: its path from the site's root and when it last changed.</summary>
public sealed record PublicAddress(string Path, DateTimeOffset UpdatedAt);

/// <summary>
/// The pages a signed-out visitor may read, for <c>/sitemap.xml</c> (decision 260): listings on sale (a banned seller's
/// left out, as the market leaves them out) and public profiles, the most recently changed first, at most
/// <see cref="PerKind"/> of each. Read as a visitor whoever asks — Row Level Security as for anonymous — so a member's
/// request can never put what only they may see into a list that is kept and given to everyone; kept for
/// <see cref="Lifetime"/>, so asking again costs nothing.
/// </summary>
public sealed class PublicAddresses(AppDbContextPool contexts, TimeProvider clock)
{
    /// <summary>Three kinds and a few fixed pages stay under a sitemap's 50,000 addresses.</summary>
    public const int PerKind = 16_000;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly SemaphoreSlim _reading = new(1, 1);
    private (DateTimeOffset ReadAt, IReadOnlyList<PublicAddress> Addresses)? _kept;

    public async Task<IReadOnlyList<PublicAddress>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (Fresh() is { } kept) return kept;
        await _reading.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } readMeanwhile) return readMeanwhile;
            await using var db = contexts.Lease(CurrentUser.Anonymous(), DatabaseCaller.Request);
            var addresses = await db.Database.SqlQuery<PublicAddress>($"""
                (SELECT '/market/products/' || p.slug AS path, p.updated_at FROM listed_products p
                  WHERE NOT EXISTS (SELECT 1 FROM member_cards m WHERE m.user_id = p.seller_id AND m.is_banned)
                  ORDER BY p.updated_at DESC LIMIT {PerKind})
                UNION ALL
                (SELECT '/market/services/' || s.slug, s.updated_at FROM listed_services s
                  WHERE NOT EXISTS (SELECT 1 FROM member_cards m WHERE m.user_id = s.seller_id AND m.is_banned)
                  ORDER BY s.updated_at DESC LIMIT {PerKind})
                UNION ALL
                (SELECT '/u/' || u.username, u.updated_at FROM user_profiles u
                  WHERE u.profile_visibility = 'public' AND NOT u.is_banned
                  ORDER BY u.updated_at DESC LIMIT {PerKind})
                """).ToListAsync(cancellationToken);
            _kept = (clock.GetUtcNow(), addresses);
            return addresses;
        }
        finally
        {
            _reading.Release();
        }
    }

    private IReadOnlyList<PublicAddress>? Fresh() =>
        _kept is { } kept && clock.GetUtcNow() - kept.ReadAt < Lifetime ? kept.Addresses : null;
}
