using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Content;

/// <summary>One page a visitor may read, for the sitemap: its path from the site's root and when it last changed.</summary>
public sealed record PublicAddress(string Path, DateTimeOffset UpdatedAt);

/// <summary>The kinds of page the sitemap lists from the database, each in sitemaps of its own.</summary>
public enum PublicAddressKind
{
    Products,
    Services,
    Profiles,
    Tags,
}

/// <summary>
/// The pages a signed-out visitor may read, for the sitemaps (decisions 260, 262): listings on sale (a banned seller's
/// left out, as the market leaves them out), public profiles and the tags whose pages show a visitor a post or a listing, each kind in pages of <see cref="SitemapOptions.PageSize"/>
/// in the order they were made, so a new listing lands on the last page and the others stay as crawlers read them. Read
/// as a visitor whoever asks — Row Level Security as for anonymous — so a member's request can never put what only they
/// may see into an answer that is kept and given to everyone. The counts, which the sitemap index is made of, are kept
/// for <see cref="Lifetime"/>.
/// </summary>
public sealed class PublicAddresses(AppDbContextPool contexts, IOptions<SitemapOptions> options, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly SemaphoreSlim _counting = new(1, 1);
    private (DateTimeOffset ReadAt, IReadOnlyDictionary<PublicAddressKind, int> Counts)? _kept;

    public int PageSize => options.Value.PageSize;

    /// <summary>How many sitemap pages each kind fills: at least one, so every kind's first page always answers.</summary>
    public async Task<IReadOnlyDictionary<PublicAddressKind, int>> PagesAsync(CancellationToken cancellationToken = default)
    {
        var counts = await CountsAsync(cancellationToken);
        return counts.ToDictionary(c => c.Key, c => Math.Max(1, (c.Value + PageSize - 1) / PageSize));
    }

    /// <summary>The addresses on one page (from 1) of a kind; empty past the last.</summary>
    public async Task<IReadOnlyList<PublicAddress>> PageAsync(PublicAddressKind kind, int page, CancellationToken cancellationToken = default)
    {
        if (page < 1) return [];
        await using var db = contexts.Lease(CurrentUser.Anonymous(), DatabaseCaller.Request);
        var (path, from, order) = Query(kind);
        // The query's text is made of Query's constants only; the page's place goes in as parameters.
        var sql = "SELECT " + path + " AS path, updated_at " + from + " ORDER BY " + order + " OFFSET {0} LIMIT {1}";
        return await db.Database.SqlQueryRaw<PublicAddress>(sql, (long)(page - 1) * PageSize, PageSize).ToListAsync(cancellationToken);
    }

    private async Task<IReadOnlyDictionary<PublicAddressKind, int>> CountsAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } kept) return kept;
        await _counting.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } countedMeanwhile) return countedMeanwhile;
            await using var db = contexts.Lease(CurrentUser.Anonymous(), DatabaseCaller.Request);
            var counts = new Dictionary<PublicAddressKind, int>();
            foreach (var kind in Enum.GetValues<PublicAddressKind>())
            {
                var sql = "SELECT count(*)::int AS \"Value\" " + Query(kind).From;
                counts[kind] = await db.Database.SqlQueryRaw<int>(sql).SingleAsync(cancellationToken);
            }
            _kept = (clock.GetUtcNow(), counts);
            return counts;
        }
        finally
        {
            _counting.Release();
        }
    }

    private IReadOnlyDictionary<PublicAddressKind, int>? Fresh() =>
        _kept is { } kept && clock.GetUtcNow() - kept.ReadAt < Lifetime ? kept.Counts : null;

    /// <summary>A kind's path, the rows a visitor may read (one rule for the count and the pages) and their lasting order.</summary>
    private static (string Path, string From, string Order) Query(PublicAddressKind kind) => kind switch
    {
        PublicAddressKind.Products => ("'/market/products/' || p.slug",
            "FROM listed_products p WHERE NOT EXISTS (SELECT 1 FROM member_cards m WHERE m.user_id = p.seller_id AND m.is_banned)", "p.id"),
        PublicAddressKind.Services => ("'/market/services/' || s.slug",
            "FROM listed_services s WHERE NOT EXISTS (SELECT 1 FROM member_cards m WHERE m.user_id = s.seller_id AND m.is_banned)", "s.id"),
        PublicAddressKind.Profiles => ("'/u/' || u.username",
            "FROM user_profiles u WHERE u.profile_visibility = 'public' AND NOT u.is_banned", "u.user_id"),
        // A tag whose page shows a visitor something: a post they may read or a listing on sale carries it (a tag only
        // private members' posts carry is theirs to keep, and its page would be empty).
        PublicAddressKind.Tags => ("'/tags/' || t.slug", """
            FROM tags t WHERE t.usage_count > 0 AND (
                EXISTS (SELECT 1 FROM visible_posts v WHERE v.tags @> ARRAY[t.slug::text])
                OR EXISTS (SELECT 1 FROM listed_products p WHERE p.tags @> ARRAY[t.slug::text]
                           AND NOT EXISTS (SELECT 1 FROM member_cards m WHERE m.user_id = p.seller_id AND m.is_banned))
                OR EXISTS (SELECT 1 FROM listed_services s WHERE s.tags @> ARRAY[t.slug::text]
                           AND NOT EXISTS (SELECT 1 FROM member_cards m WHERE m.user_id = s.seller_id AND m.is_banned)))
            """, "t.created_at, t.id"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
