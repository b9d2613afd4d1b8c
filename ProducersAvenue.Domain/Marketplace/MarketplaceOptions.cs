namespace ProducersAvenue.Domain.Marketplace;

/// <summary>Configuration section <c>Marketplace</c>: limits of listings and their uploads.</summary>
public sealed class MarketplaceOptions
{
    public const string Section = "Marketplace";

    public long MaxPreviewAudioBytes { get; set; } = 20L * 1024 * 1024;
    /// <summary>The preview video (MP4 or WebM), stored as uploaded: a short clip, smaller than a post's video may be.</summary>
    public long MaxPreviewVideoBytes { get; set; } = 50L * 1024 * 1024;
    public long MaxProductFileBytes { get; set; } = 500L * 1024 * 1024;
    public long MaxImageBytes { get; set; } = 10L * 1024 * 1024;
    public int MaxPreviewImages { get; set; } = 6;
    public int MaxFiles { get; set; } = 10;
    public int MaxTags { get; set; } = 10;
    public int MaxGenres { get; set; } = 3;
    /// <summary>
    /// A storefront search sorted by relevance ranks only this many of the newest matches on each side (products,
    /// services): ranking every match of a common word read ~16,000 heap pages per page at 200k products, and ranking the
    /// newest 1,000 still cost ~19 ms of database time a call against ~2–3 for a filtered page (decision 258).
    /// </summary>
    public int SearchCandidates { get; set; } = 250;
    /// <summary>
    /// How long a storefront page read from the listings is served again to anyone who asks for it (decision 128);
    /// 0 reads every page afresh. Listing changes empty it at once.
    /// </summary>
    public int StorefrontCacheSeconds { get; set; } = 15;
    /// <summary>The most storefront pages kept at once (a page with its waveforms is ~30 KB).</summary>
    public int StorefrontCacheEntries { get; set; } = 500;
    /// <summary>
    /// The most answers to "how does this member see this private seller" kept at once, for the same lifetime (a few hundred
    /// bytes each): a member's pages with private sellers are named from them.
    /// </summary>
    public int StorefrontSellerViews { get; set; } = 20_000;
    /// <summary>When the job that tells holders of changed product files runs (decision 253; five fields, UTC).</summary>
    public string FileUpdatesCron { get; set; } = "* * * * *";
    /// <summary>
    /// How long files must stay unchanged before their holders are told: a seller who uploads, removes and uploads again
    /// in a few minutes sends one notice, not three.
    /// </summary>
    public int FileUpdatesSettleMinutes { get; set; } = 5;
}
