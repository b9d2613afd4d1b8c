using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Social;

/// <summary>Trending hashtags: the stored score (decayed value at updated_at) decayed again to now, highest first.</summary>
public sealed class TagService(IDbContextFactory<AppDbContext> contexts, TimeProvider clock, IOptions<SocialOptions> options)
{
    private readonly SocialOptions _options = options.Value;

    public async Task<IReadOnlyList<TagView>> TrendingAsync(int? count = null, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Database.SqlQueryRaw<TagView>("""
            SELECT name, slug, usage_count,
                   (trending_score * power(0.5, greatest(extract(epoch FROM (@now - updated_at)) / 3600.0, 0) / @half_life))::float8 AS score
            FROM tags
            WHERE usage_count > 0
            ORDER BY 4 DESC, usage_count DESC, slug
            LIMIT @limit
            """, new NpgsqlParameter("now", clock.GetUtcNow()), new NpgsqlParameter("half_life", _options.TrendingHalfLifeHours),
            new NpgsqlParameter("limit", count ?? _options.TrendingTagsCount)).ToListAsync(cancellationToken);
    }

    public async Task<TagView?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Tags.AsNoTracking().Where(t => t.Slug == slug)
            .Select(t => new TagView(t.Name, t.Slug, t.UsageCount, (double)t.TrendingScore)).FirstOrDefaultAsync(cancellationToken);
    }
}

public sealed record TagView(string Name, string Slug, int UsageCount, double Score);
