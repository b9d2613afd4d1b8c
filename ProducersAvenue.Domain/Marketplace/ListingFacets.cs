namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// The entries of a product's <c>listing_facets</c> (migration <c>ListingFacets</c>, decision 158), the stored column the
/// storefront's genre, kind, BPM and free filters read through one GIN index: each genre slug as it is,
/// <c>kind:&lt;kind&gt;</c> for its <see cref="ProductKind"/> (migration <c>ProductKinds</c>), <c>bpm:&lt;n&gt;</c> for its
/// BPM and <c>:free</c> when it is free. A genre slug never holds a colon (a check on <c>products</c>), so no
/// genre can be taken for a marker.
/// </summary>
public static class ListingFacets
{
    public const string Free = ":free";

    /// <summary>The entry a genre filter looks for; null for a slug no product can carry.</summary>
    public static string? Genre(string slug) => slug.Contains(':') ? null : slug;

    /// <summary>The entry a product kind filter looks for.</summary>
    public static string Kind(ProductKind kind) => "kind:" + Persistence.EnumText<ProductKind>.ToText(kind);

    /// <summary>The entries of a BPM range, one per BPM (each bound clamped to what a product may state).</summary>
    public static string[] Bpm(int? min, int? max)
    {
        var low = Math.Max(min ?? ProductTechnicalDetails.MinBpm, ProductTechnicalDetails.MinBpm);
        var high = Math.Min(max ?? ProductTechnicalDetails.MaxBpm, ProductTechnicalDetails.MaxBpm);
        return low > high ? [] : [.. Enumerable.Range(low, high - low + 1).Select(bpm => $"bpm:{bpm}")];
    }
}
