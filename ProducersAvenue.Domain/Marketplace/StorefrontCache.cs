using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// The storefront's listing pages for <see cref="MarketplaceOptions.StorefrontCacheSeconds"/> (decision 128): what the
/// views <c>listed_products</c> and <c>listed_services</c> hold is the same for every caller, so a page asked again within
/// that time — the landing list, a popular genre — is not asked of PostgreSQL again. A page named with its sellers is kept
/// only for the callers who read those names alike (<see cref="StorefrontQueries"/> decides). Commands that change listings, sellers or what sorts them (a sale, a review)
/// empty it with the public pages after they commit (<see cref="IPublicPageCache"/>); a page read while that happens is
/// not kept. At most <see cref="MarketplaceOptions.StorefrontCacheEntries"/> pages: when full it starts again empty.
/// </summary>
public sealed class StorefrontCache(IOptions<MarketplaceOptions> options, TimeProvider clock) : IPublicContentCache
{
    private readonly ConcurrentDictionary<object, Entry> _entries = new();
    private long _generation;

    /// <summary>Taken before a page is read, given back to <see cref="Keep"/>: a page read across an eviction is not kept.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet<T>(object key, [MaybeNullWhen(false)] out T value) where T : class
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Expires > clock.GetUtcNow() && entry.Value is T hit)
        {
            value = hit;
            return true;
        }
        value = null;
        return false;
    }

    /// <summary>Keeps <paramref name="value"/> under <paramref name="key"/>, unless the cache was emptied since <paramref name="generation"/>.</summary>
    public void Keep(object key, object value, long generation)
    {
        var seconds = options.Value.StorefrontCacheSeconds;
        if (seconds <= 0 || generation != Generation) return;
        if (_entries.Count >= Math.Max(1, options.Value.StorefrontCacheEntries)) _entries.Clear();
        _entries[key] = new Entry(value, clock.GetUtcNow().AddSeconds(seconds));
        // An eviction between the check above and the store: take it out again.
        if (generation != Generation) _entries.TryRemove(key, out _);
    }

    public void Evict()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    private sealed record Entry(object Value, DateTimeOffset Expires);
}
