using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ProducersAvenue.Domain.Social;

/// <summary>
/// Each viewer's trending tags, kept for <see cref="SocialOptions.TrendingCacheSeconds"/>. The panel is on the home feed,
/// explore and tag pages, and counting the visible posts of a week is the dearest read those pages make (~75,000 posts,
/// 0.3 s, on the 1M-post bench); the ranking changes over hours, so a minute-old answer is as good. Keyed by viewer
/// (decision 042: a member's trending counts what that member may see), anonymous visitors sharing one entry. A private
/// cache with its own size limit, so it never crowds out other users of memory.
/// </summary>
public sealed class TrendingTagsCache(IOptions<SocialOptions> options) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    public async Task<IReadOnlyList<TagView>> GetOrAddAsync(string viewerKey, int count, Func<Task<IReadOnlyList<TagView>>> read)
    {
        var seconds = options.Value.TrendingCacheSeconds;
        if (seconds <= 0) return await read();
        var key = (viewerKey, count);
        if (_cache.TryGetValue(key, out IReadOnlyList<TagView>? cached) && cached is not null) return cached;
        var tags = await read();
        _cache.Set(key, tags, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(seconds) });
        return tags;
    }

    public void Dispose() => _cache.Dispose();
}
