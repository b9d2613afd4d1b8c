using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Social;

/// <summary>
/// How many posts anyone may read carry a tag (public authors, not hidden), counted up to the tag page's cap and kept for
/// <see cref="SocialOptions.TagCountCacheSeconds"/> (decision 134). Every caller may read at least these posts, except
/// their block partners': a caller without block partners on a tag whose public count passes the cap sees "N+" too, and
/// the tag page need not count that caller's posts one by one. Shared by all callers: the number is the same for each.
/// </summary>
public sealed class PublicTagCounts(IOptions<SocialOptions> options) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    /// <summary>Posts anyone may read that carry <paramref name="tag"/>, up to <paramref name="cap"/> + 1.</summary>
    public async Task<int> CountAsync(AppDbContext db, string tag, int cap, CancellationToken cancellationToken)
    {
        var key = (tag, cap);
        if (_cache.TryGetValue(key, out int cached)) return cached;
        var count = await db.Database.SqlQuery<int>($"SELECT app_public_tag_count({tag}, {cap}) AS \"Value\"").SingleAsync(cancellationToken);
        var seconds = options.Value.TagCountCacheSeconds;
        if (seconds > 0)
            _cache.Set(key, count, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(seconds) });
        return count;
    }

    public void Dispose() => _cache.Dispose();
}
