using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>What the storefront shows: every listing, products only, services only, or mentors' services.</summary>
public enum StorefrontKind
{
    All,
    Products,
    Services,
    Mentoring,
}

public enum StorefrontSort
{
    /// <summary>Best match first when there is a search, else newest.</summary>
    Relevance,
    Newest,
    Popular,
    BestRated,
    PriceLow,
    PriceHigh,
}

/// <summary>
/// The storefront's filters as the address carries them (<c>/market?q=…&amp;kind=…</c>). Product-only filters (a product
/// kind, BPM, key, licence, free) narrow the list to products. <see cref="Cleaned"/> turns whatever came in into a filter the query can
/// trust: text cleaned and cut, ranges put in order and clamped, unknown values dropped.
/// </summary>
public sealed record StorefrontFilter
{
    public const int QueryMaxLength = 200;

    public string? Q { get; init; }
    public StorefrontKind Kind { get; init; }
    /// <summary>Products of one kind only: beats, sample packs … (decision 252).</summary>
    public ProductKind? ProductKind { get; init; }
    public Guid? CategoryId { get; init; }
    /// <summary>A genre's slug, as <c>genre_tags</c> stores it.</summary>
    public string? Genre { get; init; }
    /// <summary>A tag's slug, as <c>tags</c> stores it: a seller's tag or a hashtag in the description.</summary>
    public string? Tag { get; init; }
    public int? BpmMin { get; init; }
    public int? BpmMax { get; init; }
    /// <summary>"C minor", one of <see cref="ProductTechnicalDetails.Keys"/>.</summary>
    public string? Key { get; init; }
    public LicenseType? License { get; init; }
    public decimal? PriceMin { get; init; }
    public decimal? PriceMax { get; init; }
    public bool FreeOnly { get; init; }
    public StorefrontSort Sort { get; init; }

    /// <summary>Whether a filter only products have is set (the list is then products only).</summary>
    public bool NarrowsToProducts => ProductKind is not null || BpmMin is not null || BpmMax is not null || Key is not null || License is not null || FreeOnly;

    public bool HasSearch => !string.IsNullOrEmpty(Q);

    public StorefrontFilter Cleaned()
    {
        var q = TextInput.Clean(Q)?.Trim();
        if (q is { Length: > QueryMaxLength }) q = q[..QueryMaxLength];
        var (bpmMin, bpmMax) = Ranges.Ordered(Clamp(BpmMin, ProductTechnicalDetails.MinBpm, ProductTechnicalDetails.MaxBpm),
            Clamp(BpmMax, ProductTechnicalDetails.MinBpm, ProductTechnicalDetails.MaxBpm));
        var (priceMin, priceMax) = Ranges.Ordered(Clamp(PriceMin, 0m, 99_999_999.99m), Clamp(PriceMax, 0m, 99_999_999.99m));
        var genre = TextInput.Clean(Genre)?.Trim().ToLowerInvariant();
        return this with
        {
            Q = string.IsNullOrEmpty(q) ? null : q,
            Kind = Enum.IsDefined(Kind) ? Kind : StorefrontKind.All,
            // A kind of product belongs to products: with services or mentoring asked for, the section wins.
            ProductKind = ProductKind is { } k && Enum.IsDefined(k) && Kind is not (StorefrontKind.Services or StorefrontKind.Mentoring) ? k : null,
            Genre = string.IsNullOrEmpty(genre) || genre.Length > 100 ? null : genre,
            Tag = Hashtags.SlugOf(TextInput.Clean(Tag)),
            BpmMin = bpmMin,
            BpmMax = bpmMax,
            Key = Key is not null && ProductTechnicalDetails.Keys.Contains(Key) ? Key : null,
            License = License is { } l && Enum.IsDefined(l) ? l : null,
            PriceMin = priceMin,
            PriceMax = priceMax,
            Sort = Enum.IsDefined(Sort) ? Sort : StorefrontSort.Relevance,
        };
    }

    private static T? Clamp<T>(T? value, T min, T max) where T : struct, IComparable<T> =>
        value is not { } v ? null : v.CompareTo(min) < 0 ? min : v.CompareTo(max) > 0 ? max : v;
}
