using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content.Audio;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// The storefront (<c>/market</c>): active, approved products and active services in one list — filtered, searched
/// (the stored <c>search_vector</c>s, ranked), sorted and keyset-paged — and the featured shelf. One statement per page:
/// both tables' matches meet in a UNION ALL ordered by one numeric sort key and the id (the cursor is that pair); each side
/// stops after a page on the partial indexes of migration <c>StorefrontIndexes</c>. A service's price is its cheapest
/// package (the generated <c>price_from</c>), a product's its own <c>price_from</c> (a name-your-price product's minimum,
/// decision 171), a product's BPM <c>product_bpm</c>; a product's genre, BPM and free filters
/// are entries of its <c>listing_facets</c> (<see cref="ListingFacets"/>). Listings are read through the views
/// <c>listed_products</c> and <c>listed_services</c>, which hold only what anyone may read (decision 123), so that
/// filters the policies would keep out of index conditions reach the indexes. The page's preview waveforms come in the
/// same statement: the cut page is joined to <c>audio_waveforms</c> by the preview's storage key (its address minus the
/// storage's prefix), a primary-key lookup per card. Sorted by relevance, each side ranks only the newest
/// <see cref="MarketplaceOptions.SearchCandidates"/> matches, as the post search does (decision 043): a common word
/// matches tens of thousands of listings, and ranking them all cost hundreds of milliseconds. A page asked again within
/// <see cref="MarketplaceOptions.StorefrontCacheSeconds"/> comes from <see cref="StorefrontCache"/> (decision 128).
/// </summary>
public sealed class StorefrontQueries(IDbContextFactory<AppDbContext> contexts, IFileStorage storage, IOptions<MarketplaceOptions> options,
    StorefrontCache cache, ICurrentUser user)
{
    public const int PageSize = 24;

    public async Task<KeysetPage<StorefrontListing>> SearchAsync(StorefrontFilter filter, string? cursor = null, int pageSize = PageSize,
        CancellationToken cancellationToken = default)
    {
        filter = filter.Cleaned();
        pageSize = Math.Clamp(pageSize, 1, 100);
        var named = await NamedAsync((filter, cursor, pageSize), db => ReadPageAsync(db, filter, cursor, pageSize, cancellationToken),
            cancellationToken);
        return new KeysetPage<StorefrontListing>(named.Items, named.Next);
    }

    /// <summary>
    /// The page under <paramref name="key"/>, its rows from <see cref="StorefrontCache"/> or <paramref name="read"/>, its
    /// sellers named as the caller may see them. Who may read a name decides who may share the named page: public
    /// profiles read the same for everyone, members-only ones the same for every member (and as "a member" for every
    /// visitor). A private (or banned) seller depends on the member: the page members share leaves them unnamed, and each
    /// member's view of each such seller is kept per pair (<see cref="StorefrontCache.TryGetSeller"/>) and put in on every
    /// call. A seller's profile change empties the cache like a listing's; a follow between the two forgets the pair.
    /// </summary>
    private async Task<Named> NamedAsync(object key, Func<AppDbContext, Task<Page>> read, CancellationToken cancellationToken)
    {
        var me = user.UserId;
        var audience = me is null ? "visitors" : "members";
        if (cache.TryGet<Named>(("everyone", key), out var kept) || cache.TryGet<Named>(("audience", audience, key), out kept))
            return await ForMemberAsync(kept, cancellationToken);
        var generation = cache.Generation;
        var sellerGeneration = cache.SellerGeneration;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!cache.TryGet<Page>(key, out var page))
        {
            page = await read(db);
            cache.Keep(key, page, generation);
        }
        var sellers = await SellersAsync(db, page.Rows.Select(r => r.SellerId), cancellationToken);
        var named = new Named(page.Rows.Select(r => Listing(r, sellers.GetValueOrDefault(r.SellerId))).ToList(), page.Next);
        var restriction = page.Rows.Select(r => r.SellerRestriction ?? 0).DefaultIfEmpty().Max();
        if (restriction == 0) cache.Keep(("everyone", key), named, generation);
        else if (restriction == 1 || me is null) cache.Keep(("audience", audience, key), named, generation);
        else
        {
            var unnamed = page.Rows.Where(r => r.SellerRestriction == 2).Select(r => r.SellerId).ToHashSet();
            foreach (var seller in unnamed) cache.KeepSeller(me.Value, seller, sellers.GetValueOrDefault(seller), sellerGeneration);
            var shared = page.Rows.Select(r => Listing(r, unnamed.Contains(r.SellerId) ? null : sellers.GetValueOrDefault(r.SellerId)));
            cache.Keep(("audience", audience, key), new Named(shared.ToList(), page.Next, unnamed), generation);
        }
        return named;
    }

    /// <summary>A kept page with its <see cref="Named.Unnamed"/> sellers named as the calling member sees them.</summary>
    private async Task<Named> ForMemberAsync(Named kept, CancellationToken cancellationToken)
    {
        if (kept.Unnamed.Count == 0 || user.UserId is not { } me) return kept;
        var generation = cache.SellerGeneration;
        var seen = new Dictionary<Guid, AuthorView?>();
        var missing = new List<Guid>();
        foreach (var seller in kept.Unnamed)
            if (cache.TryGetSeller(me, seller, out var view)) seen[seller] = view;
            else missing.Add(seller);
        if (missing.Count > 0)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var found = await SellersAsync(db, missing, cancellationToken);
            foreach (var seller in missing)
            {
                seen[seller] = found.GetValueOrDefault(seller);
                cache.KeepSeller(me, seller, seen[seller], generation);
            }
        }
        return kept with
        {
            Items = kept.Items.Select(i => seen.GetValueOrDefault(i.Seller.UserId) is { } seller ? i with { Seller = seller } : i).ToList()
        };
    }

    /// <summary>One page of listings as the views hold them (sellers not yet named): the same for every caller.</summary>
    private async Task<Page> ReadPageAsync(AppDbContext db, StorefrontFilter filter, string? cursor, int pageSize, CancellationToken cancellationToken)
    {
        var sql = new SqlText();
        var query = filter.HasSearch ? TextQuery(filter.Q!, sql) : null;
        var sort = filter.Sort == StorefrontSort.Relevance && query is null ? StorefrontSort.Newest : filter.Sort;

        // Each side is ordered, cut at the cursor and limited by itself, so that it walks its own partial index and stops
        // after a page (PostgreSQL does not push ORDER BY … LIMIT into the members of a UNION ALL); the outer query merges
        // the two short lists.
        var descending = sort != StorefrontSort.PriceLow;
        var side = new SidePage(descending, pageSize + 1, StorefrontCursor.Decode(cursor) is { } after
            ? (sql.Parameter(after.Key, NpgsqlDbType.Numeric), sql.Parameter(after.Id, NpgsqlDbType.Uuid))
            : null);
        var candidates = sort == StorefrontSort.Relevance ? Math.Max(1, options.Value.SearchCandidates) : (int?)null;
        var sides = new List<string>();
        if (filter.Kind is StorefrontKind.All or StorefrontKind.Products)
            sides.Add(ProductsSide(filter, query, sort, sql, side, candidates));
        if (filter.Kind is StorefrontKind.All or StorefrontKind.Services or StorefrontKind.Mentoring && !filter.NarrowsToProducts)
            sides.Add(ServicesSide(filter, query, sort, sql, side, candidates));
        if (sides.Count == 0) return new Page([], null);

        var text = new StringBuilder("SELECT * FROM (\n").Append(string.Join("\nUNION ALL\n", sides.Select(s => $"({s})"))).Append("\n) l");
        text.Append($"\nORDER BY l.sort_key {side.Direction}, l.id {side.Direction}\nLIMIT {side.Limit}");
        var statement = WithWaveforms(text.ToString(), $"ORDER BY l.sort_key {side.Direction}, l.id {side.Direction}", sql);

        var rows = await db.Database.SqlQueryRaw<Row>(statement, [.. sql.Parameters]).ToListAsync(cancellationToken);
        var more = rows.Count > pageSize;
        if (more) rows.RemoveAt(rows.Count - 1);
        var next = more ? new StorefrontCursor(rows[^1].SortKey, rows[^1].Id).Encode() : null;
        return new Page(Shown(rows), next);
    }

    /// <summary>
    /// The search box as a tsquery, its last word also as a prefix when it is one (<see cref="StorefrontSearchWords"/>):
    /// <c>websearch_to_tsquery</c>'s own result with <c>:*</c> on its last lexeme, so quotes, OR and exclusions keep their
    /// meaning (its text ends in a quoted lexeme unless the last word was a stop word; then it is used as it is). One
    /// expression of immutable functions, not a subquery: PostgreSQL folds it to a constant while planning and estimates
    /// the matches, where a subquery's value is unknown to the plan (the newest-first walk became a 400 ms bitmap scan).
    /// </summary>
    private static string TextQuery(string q, SqlText sql)
    {
        q = StorefrontSearchWords.Joined(q);
        var words = $"websearch_to_tsquery('english', {sql.Parameter(q, NpgsqlDbType.Text)})";
        return StorefrontSearchWords.EndsInAWordStart(q)
            ? $"(CASE WHEN right({words}::text, 1) = '''' THEN ({words}::text || ':*')::tsquery ELSE {words} END)"
            : words;
    }

    /// <summary>The featured shelf: featured products and services on sale, newest first.</summary>
    public async Task<IReadOnlyList<StorefrontListing>> FeaturedAsync(int take = 8, CancellationToken cancellationToken = default)
    {
        // The statement is written only when the shelf is not kept. Fixed fragments only: no value is part of the text.
        var shelf = await NamedAsync(("featured", take), async db =>
        {
            const string Newest = "app_epoch({0}.created_at)";
            var page = new SidePage(Descending: true, Math.Clamp(take, 1, 50), After: null);
            var sql = new SqlText();
            var statement = WithWaveforms($"""
                SELECT * FROM (
                ({ProductColumns(string.Format(Newest, "p"))} FROM listed_products p{page.Cut(["p.is_featured"], string.Format(Newest, "p"), "p")})
                UNION ALL
                ({ServiceColumns(string.Format(Newest, "s"))} FROM listed_services s{page.Cut(["s.is_featured"], string.Format(Newest, "s"), "s")})
                ) l ORDER BY l.sort_key DESC, l.id DESC LIMIT {page.Limit}
                """, "ORDER BY l.sort_key DESC, l.id DESC", sql);
            return new Page(Shown(await db.Database.SqlQueryRaw<Row>(statement, [.. sql.Parameters]).ToListAsync(cancellationToken)), null);
        }, cancellationToken);
        return shelf.Items;
    }

    /// <summary>
    /// The products the caller liked (<see cref="ProductLikes"/>) that are on sale, the latest like first, as the market's
    /// cards: Library's Liked tab. Keyset-paged by the like's time and the product; one member's list, so never kept in
    /// the cache. Sellers are named as the caller may see them.
    /// </summary>
    public async Task<KeysetPage<StorefrontListing>> LikedAsync(string? cursor = null, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return KeysetPage<StorefrontListing>.Empty;
        const string LikedAt = "app_epoch(k.created_at)";
        var sql = new SqlText();
        var page = new SidePage(Descending: true, PageSize + 1, StorefrontCursor.Decode(cursor) is { } after
            ? (sql.Parameter(after.Key, NpgsqlDbType.Numeric), sql.Parameter(after.Id, NpgsqlDbType.Uuid))
            : null);
        var mine = $"k.user_id = {sql.Parameter(me, NpgsqlDbType.Uuid)}";
        var statement = WithWaveforms($"""
            {ProductColumns(LikedAt)} FROM listed_products p JOIN product_likes k ON k.product_id = p.id{page.Cut([mine], LikedAt, "p")}
            """, "ORDER BY l.sort_key DESC, l.id DESC", sql);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQueryRaw<Row>(statement, [.. sql.Parameters]).ToListAsync(cancellationToken);
        var more = rows.Count > PageSize;
        if (more) rows.RemoveAt(rows.Count - 1);
        var next = more ? new StorefrontCursor(rows[^1].SortKey, rows[^1].Id).Encode() : null;
        var shown = Shown(rows);
        var sellers = await SellersAsync(db, shown.Select(r => r.SellerId), cancellationToken);
        return new KeysetPage<StorefrontListing>(shown.Select(r => Listing(r, sellers.GetValueOrDefault(r.SellerId))).ToList(), next);
    }

    /// <summary>
    /// The cut page <paramref name="page"/> with its previews' waveforms: a left join by the storage key, which is the
    /// preview's address after the storage's URL prefix (<see cref="FileStorageExtensions.KeyFromUrl"/>, in SQL).
    /// </summary>
    private string WithWaveforms(string page, string order, SqlText sql)
    {
        var prefix = sql.Parameter(storage.UrlFor(""), NpgsqlDbType.Text);
        return $"""
            SELECT l.*, w.duration_ms AS preview_duration_ms, w.peaks AS preview_peaks,
                   (SELECT CASE WHEN r.is_banned THEN 3 WHEN r.profile_visibility = 'private' THEN 2 ELSE 1 END
                    FROM profile_restrictions r WHERE r.user_id = l.seller_id) AS seller_restriction FROM (
            {page}
            ) l
            LEFT JOIN audio_waveforms w ON starts_with(l.preview_audio_url, {prefix})
                AND w.file_key = substr(l.preview_audio_url, length({prefix}) + 1)
            {order}
            """;
    }

    private static string ProductsSide(StorefrontFilter f, string? query, StorefrontSort sort, SqlText sql, SidePage page, int? candidates)
    {
        var where = new List<string>();
        if (query is not null) where.Add($"p.search_vector @@ {query}");
        if (f.CategoryId is { } category) where.Add($"p.category_id = {sql.Parameter(category, NpgsqlDbType.Uuid)}");
        // Genre, kind, free and BPM are entries of listing_facets (decision 158): together they meet in its GIN index, or in the
        // one it shares with the search vector.
        var facets = new List<string>();
        if (f.Genre is { } genre)
        {
            if (ListingFacets.Genre(genre) is { } entry) facets.Add(entry);
            else where.Add("false");
        }
        if (f.ProductKind is { } kind) facets.Add(ListingFacets.Kind(kind));
        if (f.FreeOnly) facets.Add(ListingFacets.Free);
        if (facets.Count > 0) where.Add($"p.listing_facets @> {sql.Parameter(facets.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)}");
        if (f.BpmMin is not null || f.BpmMax is not null)
            where.Add($"p.listing_facets && {sql.Parameter(ListingFacets.Bpm(f.BpmMin, f.BpmMax), NpgsqlDbType.Array | NpgsqlDbType.Text)}");
        if (f.Tag is { } tag) where.Add($"p.tags @> ARRAY[{sql.Parameter(tag, NpgsqlDbType.Text)}]");
        if (f.Key is { } key) where.Add($"p.technical_details->>'key' = {sql.Parameter(key, NpgsqlDbType.Text)}");
        if (f.License is { } license) where.Add($"p.license_type = {sql.Parameter(EnumText<LicenseType>.ToText(license), NpgsqlDbType.Text)}");
        if (f.PriceMin is { } min) where.Add($"p.price_from >= {sql.Parameter(min, NpgsqlDbType.Numeric)}");
        if (f.PriceMax is { } max) where.Add($"p.price_from <= {sql.Parameter(max, NpgsqlDbType.Numeric)}");
        var sortKey = SortKey(sort, "p", "p.purchases_count", "p.price_from", query);
        var (source, rest) = Source("listed_products", "p", where, candidates);
        return $"{ProductColumns(sortKey)} FROM {source}{page.Cut(rest, sortKey, "p")}";
    }

    private static string ServicesSide(StorefrontFilter f, string? query, StorefrontSort sort, SqlText sql, SidePage page, int? candidates)
    {
        var where = new List<string>();
        if (f.Kind == StorefrontKind.Mentoring) where.Add("s.is_mentoring");
        if (query is not null) where.Add($"s.search_vector @@ {query}");
        if (f.CategoryId is { } category) where.Add($"s.category_id = {sql.Parameter(category, NpgsqlDbType.Uuid)}");
        if (f.Genre is { } genre) where.Add($"s.genre_tags @> ARRAY[{sql.Parameter(genre, NpgsqlDbType.Text)}]");
        if (f.Tag is { } tag) where.Add($"s.tags @> ARRAY[{sql.Parameter(tag, NpgsqlDbType.Text)}]");
        if (f.PriceMin is { } min) where.Add($"s.price_from >= {sql.Parameter(min, NpgsqlDbType.Numeric)}");
        if (f.PriceMax is { } max) where.Add($"s.price_from <= {sql.Parameter(max, NpgsqlDbType.Numeric)}");
        var sortKey = SortKey(sort, "s", "s.orders_count", "s.price_from", query);
        var (source, rest) = Source("listed_services", "s", where, candidates);
        return $"{ServiceColumns(sortKey)} FROM {source}{page.Cut(rest, sortKey, "s")}";
    }

    /// <summary>
    /// Where a side reads from, and the conditions left for its cut: the view itself with all of <paramref name="where"/>,
    /// or — when a page is ranked — the newest <paramref name="candidates"/> rows that meet <paramref name="where"/>
    /// (walking the newest-first index), after which only the cursor remains to apply.
    /// </summary>
    private static (string Source, IReadOnlyList<string> Conditions) Source(string view, string alias, List<string> where, int? candidates) =>
        candidates is { } limit
            ? ($"(SELECT * FROM {view} {alias} WHERE {string.Join(" AND ", where)} ORDER BY app_epoch({alias}.created_at) DESC, {alias}.id DESC LIMIT {limit}) {alias}", [])
            : ($"{view} {alias}", where);

    /// <summary>The one numeric key a page is ordered, and its cursor compared, by (with the id to break ties).</summary>
    private static string SortKey(StorefrontSort sort, string alias, string popularity, string price, string? query) => sort switch
    {
        StorefrontSort.Relevance => $"round(ts_rank_cd({alias}.search_vector, {query})::numeric, 6)",
        StorefrontSort.Popular => $"{popularity}::numeric",
        StorefrontSort.BestRated => $"{alias}.rating_average",
        StorefrontSort.PriceLow or StorefrontSort.PriceHigh => price,
        _ => $"app_epoch({alias}.created_at)",
    };

    private static string ProductColumns(string sortKey) => $"""
        SELECT false AS is_service, p.id AS id, p.slug AS slug, p.title AS title, p.seller_id AS seller_id,
               p.thumbnail_url AS thumbnail_url, p.preview_audio_url AS preview_audio_url, p.price_from AS price, p.is_free AS is_free,
               p.allow_name_your_price AS name_your_price,
               false AS is_mentoring, p.license_type AS license, product_bpm(p.technical_details) AS bpm,
               p.technical_details->>'key' AS key, p.rating_average AS rating_average, p.reviews_count AS reviews_count,
               p.is_featured AS is_featured, p.product_kind AS product_kind, p.preview_video_url IS NOT NULL AS has_preview_video,
               {sortKey} AS sort_key
        """;

    private static string ServiceColumns(string sortKey) => $"""
        SELECT true AS is_service, s.id AS id, s.slug AS slug, s.title AS title, s.seller_id AS seller_id,
               s.thumbnail_url AS thumbnail_url, NULL::text AS preview_audio_url, s.price_from AS price, false AS is_free,
               false AS name_your_price,
               s.is_mentoring AS is_mentoring, NULL::text AS license, NULL::int AS bpm, NULL::text AS key,
               s.rating_average AS rating_average, s.reviews_count AS reviews_count, s.is_featured AS is_featured,
               NULL::text AS product_kind, false AS has_preview_video, {sortKey} AS sort_key
        """;

    /// <summary>The sellers' cards the caller may see (the profiles' policy decides), by id.</summary>
    private static async Task<Dictionary<Guid, AuthorView>> SellersAsync(AppDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var sellerIds = ids.Distinct().ToList();
        if (sellerIds.Count == 0) return [];
        return await db.UserProfiles.AsNoTracking().Where(u => sellerIds.Contains(u.UserId))
            .Select(u => new AuthorView(u.UserId, u.Username, u.DisplayName ?? "", u.AvatarUrl))
            .ToDictionaryAsync(u => u.UserId, u => u with { Name = UserProfile.NameOf(u.Username, u.Name) }, cancellationToken);
    }

    /// <summary>A row as a card, its seller named by <paramref name="seller"/> or, when hidden from the caller, as "A member".</summary>
    private static StorefrontListing Listing(Row r, AuthorView? seller)
    {
        LicenseType? license = EnumText<LicenseType>.TryParse(r.License, out var l) ? l : null;
        ProductKind? kind = EnumText<ProductKind>.TryParse(r.ProductKind, out var k) ? k : null;
        return new StorefrontListing(r.IsService, r.Id, r.Slug, r.Title, seller ?? new AuthorView(r.SellerId, "", "A member", null), r.ThumbnailUrl,
            r.PreviewAudioUrl, r.Price ?? 0m, r.IsFree, r.NameYourPrice, r.IsMentoring, license, r.Bpm, r.Key, r.RatingAverage, r.ReviewsCount, r.IsFeatured,
            r.PreviewDurationMs is { } durationMs ? new Waveform(durationMs, r.PreviewPeaks ?? []) : null, kind, r.HasPreviewVideo);
    }

    /// <summary>
    /// How one side of the union is cut: after the cursor (its sort key and id, already parameters) in the page's
    /// direction, ordered the same way and limited to <see cref="Limit"/> rows.
    /// </summary>
    private sealed record SidePage(bool Descending, int Limit, (string Key, string Id)? After)
    {
        public string Direction => Descending ? "DESC" : "ASC";

        /// <summary>The side's WHERE (its <paramref name="conditions"/> and the cursor), ORDER BY and LIMIT.</summary>
        public string Cut(IEnumerable<string> conditions, string sortKey, string alias)
        {
            var all = conditions.ToList();
            if (After is { } a) all.Add($"({sortKey}, {alias}.id) {(Descending ? "<" : ">")} ({a.Key}, {a.Id})");
            var where = all.Count == 0 ? "" : $" WHERE {string.Join(" AND ", all)}";
            return $"{where} ORDER BY {sortKey} {Direction}, {alias}.id {Direction} LIMIT {Limit}";
        }
    }

    /// <summary>Parameters of a statement built from parts; each value goes in as a typed parameter, never as text.</summary>
    private sealed class SqlText
    {
        public List<NpgsqlParameter> Parameters { get; } = [];

        public string Parameter(object? value, NpgsqlDbType type)
        {
            var name = $"p{Parameters.Count}";
            Parameters.Add(new NpgsqlParameter(name, type) { Value = value ?? DBNull.Value });
            return "@" + name;
        }
    }

    /// <summary>A page of rows as <see cref="StorefrontCache"/> keeps it: never changed once read.</summary>
    private sealed record Page(IReadOnlyList<Row> Rows, string? Next);

    /// <summary>
    /// A page with its sellers named; <see cref="Unnamed"/> are the private sellers a page shared by members leaves as
    /// "A member", for <see cref="ForMemberAsync"/> to name per member.
    /// </summary>
    private sealed record Named(IReadOnlyList<StorefrontListing> Items, string? Next, IReadOnlySet<Guid> Unnamed)
    {
        public Named(IReadOnlyList<StorefrontListing> items, string? next) : this(items, next, new HashSet<Guid>()) { }
    }

    private sealed class Row
    {
        public bool IsService { get; init; }
        public Guid Id { get; init; }
        public string Slug { get; init; } = "";
        public string Title { get; init; } = "";
        public Guid SellerId { get; init; }
        public string? ThumbnailUrl { get; init; }
        public string? PreviewAudioUrl { get; init; }
        public decimal? Price { get; init; }
        public bool IsFree { get; init; }
        public bool NameYourPrice { get; init; }
        public bool IsMentoring { get; init; }
        public string? License { get; init; }
        public int? Bpm { get; init; }
        public string? Key { get; init; }
        public decimal RatingAverage { get; init; }
        public int ReviewsCount { get; init; }
        public bool IsFeatured { get; init; }
        public string? ProductKind { get; init; }
        public bool HasPreviewVideo { get; init; }
        public decimal SortKey { get; init; }
        public int? PreviewDurationMs { get; init; }
        public byte[]? PreviewPeaks { get; init; }
        /// <summary>
        /// Who may read the seller's name: null anyone (a public profile), 1 members (members only), 2 it depends on the
        /// member (private); 3 nobody: the seller is banned and the row is not shown (<see cref="Shown"/>).
        /// </summary>
        public int? SellerRestriction { get; init; }

        public const int Banned = 3;
    }

    /// <summary>
    /// The rows a page shows: a banned seller's listings are hidden like the rest of their content (decision 156). They
    /// leave after the page is cut and its cursor taken, so paging goes on past them; a page that held some is shorter.
    /// Filtering in the statement changed the planner's estimates enough to lose the index walks (the key filter went
    /// from 8 to 250 ms), and bans are rare.
    /// </summary>
    private static List<Row> Shown(List<Row> rows)
    {
        rows.RemoveAll(r => r.SellerRestriction == Row.Banned);
        return rows;
    }
}
