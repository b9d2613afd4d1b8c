using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Social;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// The storefront's listing pages for <see cref="MarketplaceOptions.StorefrontCacheSeconds"/> (decision 128): what the
/// views <c>listed_products</c> and <c>listed_services</c> hold is the same for every caller, so a page asked again within
/// that time — the landing list, a popular genre — is not asked of PostgreSQL again. A page named with its sellers is kept
/// only for the callers who read those names alike (<see cref="StorefrontQueries"/> decides); how one member sees one
/// private seller is kept per pair (<see cref="TryGetSeller"/>) and forgotten when a follow between them changes
/// (<see cref="IConnectionViewCache"/>). Commands that change listings, sellers or what sorts them (a sale, a review)
/// empty it with the public pages after they commit (<see cref="IPublicPageCache"/>); a page read while that happens is
/// not kept. At most <see cref="MarketplaceOptions.StorefrontCacheEntries"/> pages and
/// <see cref="MarketplaceOptions.StorefrontSellerViews"/> pairs: when full, each starts again empty.
/// </summary>
public sealed class StorefrontCache(IOptions<MarketplaceOptions> options, TimeProvider clock) : IPublicContentCache, IConnectionViewCache
{
    private readonly ConcurrentDictionary<object, Entry> _entries = new();
    private readonly ConcurrentDictionary<(Guid Viewer, Guid Seller), Entry> _sellers = new();
    private long _generation;
    private long _forgotten;

    /// <summary>Taken before a page is read, given back to <see cref="Keep"/>: a page read across an eviction is not kept.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>As <see cref="Generation"/> for <see cref="KeepSeller"/>: it moves on evictions and on forgotten pairs too.</summary>
    public long SellerGeneration => Generation + Interlocked.Read(ref _forgotten);

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
    public void Keep(object key, object value, long generation) =>
        Keep(_entries, key, value, generation, () => Generation, options.Value.StorefrontCacheEntries);

    /// <summary>How <paramref name="viewer"/> sees the seller <paramref name="seller"/>, if kept: their card, or null when hidden from them.</summary>
    public bool TryGetSeller(Guid viewer, Guid seller, out AuthorView? view)
    {
        if (_sellers.TryGetValue((viewer, seller), out var entry) && entry.Expires > clock.GetUtcNow())
        {
            view = ((SellerView)entry.Value).View;
            return true;
        }
        view = null;
        return false;
    }

    /// <summary>
    /// Keeps how <paramref name="viewer"/> sees <paramref name="seller"/> (null: hidden), unless emptied or a pair forgotten
    /// since <paramref name="generation"/> (<see cref="SellerGeneration"/>).
    /// </summary>
    public void KeepSeller(Guid viewer, Guid seller, AuthorView? view, long generation) =>
        Keep(_sellers, (viewer, seller), new SellerView(view), generation, () => SellerGeneration, options.Value.StorefrontSellerViews);

    public void Evict()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
        _sellers.Clear();
    }

    /// <summary>A follow between <paramref name="a"/> and <paramref name="b"/> changed: how each sees the other is read again.</summary>
    public void Forget(Guid a, Guid b)
    {
        Interlocked.Increment(ref _forgotten);
        _sellers.TryRemove((a, b), out _);
        _sellers.TryRemove((b, a), out _);
    }

    private void Keep<TKey>(ConcurrentDictionary<TKey, Entry> entries, TKey key, object value, long generation, Func<long> current,
        int capacity) where TKey : notnull
    {
        var seconds = options.Value.StorefrontCacheSeconds;
        if (seconds <= 0 || generation != current()) return;
        if (entries.Count >= Math.Max(1, capacity)) entries.Clear();
        entries[key] = new Entry(value, clock.GetUtcNow().AddSeconds(seconds));
        // An eviction between the check above and the store: take it out again.
        if (generation != current()) entries.TryRemove(key, out _);
    }

    private sealed record Entry(object Value, DateTimeOffset Expires);

    private sealed record SellerView(AuthorView? View);
}
