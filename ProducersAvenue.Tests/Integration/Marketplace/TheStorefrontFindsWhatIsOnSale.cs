using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>
/// Decision 122: <c>/market</c> lists active, approved products and active services in one list: searched, filtered by
/// type, category, genre, BPM, key, licence, price and free, sorted, keyset-paged without losing or repeating a
/// listing, and hardened against whatever the address carries.
/// </summary>
public sealed class TheStorefrontFindsWhatIsOnSale : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _seller;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("store_seller");
        await ProductAsync("Midnight Trap Beat", 29.99m, bpm: 140, key: "F minor", licence: "commercial", genre: "trap", purchases: 40, rating: 4.5m, kind: "beat");
        await ProductAsync("Lofi Dust Sample Pack", 0m, bpm: 80, key: "C major", licence: "personal", genre: "lo-fi", free: true, purchases: 90, kind: "sample_pack");
        await ProductAsync("Neon Synthwave Presets", 15m, bpm: 110, key: "A minor", licence: "personal", genre: "synthwave", featured: true, rating: 3.9m, kind: "preset");
        await ProductAsync("Exclusive Drill Beat", 250m, bpm: 142, key: "F minor", licence: "exclusive", genre: "drill", purchases: 1, kind: "beat");
        await ProductAsync("Draft Secret Pack", 10m, bpm: 100, key: "C major", licence: "personal", genre: "trap", status: "draft", kind: "sample_pack");
        await ProductAsync("Paused Trap Kit", 12m, bpm: 140, key: "F minor", licence: "personal", genre: "trap", status: "paused", kind: "drum_kit");
        await ProductAsync("Unapproved Trap Loops", 9m, bpm: 140, key: "F minor", licence: "personal", genre: "trap", approved: false, kind: "sample_pack");
        await ServiceAsync("Mixing your trap song", "mixing", mentoring: false, prices: [50m, 120m], genre: "trap", orders: 70, rating: 4.9m);
        await ServiceAsync("Mentoring for beatmakers", "consultation", mentoring: true, prices: [35m], genre: "trap", orders: 5);
        await ServiceAsync("Draft mastering", "mastering", mentoring: false, prices: [20m], genre: "trap", status: "draft");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<int> ProductAsync(string title, decimal price, int bpm, string key, string licence, string genre, bool free = false,
        string status = "active", bool approved = true, bool featured = false, int purchases = 0, decimal rating = 0m, string kind = "other") =>
        _db.ScalarAsync<int>("""
            INSERT INTO products (seller_id, title, slug, description, price, is_free, technical_details, license_type, license_text,
                                  genre_tags, tags, status, is_approved, is_featured, purchases_count, rating_average, reviews_count, product_kind)
            VALUES ($1, $2, slugify($2), $2 || ' for producers', $3, $4, jsonb_build_object('bpm', $5::int, 'key', $6::text), $7,
                    NULL, ARRAY[$8::text], '{}', $9, $10, $11, $12, $13, CASE WHEN $13 > 0 THEN 3 ELSE 0 END, $14)
            """, _seller, title, price, free, bpm, key, licence, genre, status, approved, featured, purchases, rating, kind);

    private Task<int> ServiceAsync(string title, string type, bool mentoring, decimal[] prices, string genre, string status = "active",
        int orders = 0, decimal rating = 0m) =>
        _db.ScalarAsync<int>("""
            INSERT INTO services (seller_id, title, slug, description, service_type, is_mentoring, packages, genre_tags, status,
                                  orders_count, rating_average, reviews_count)
            VALUES ($1, $2, slugify($2), $2 || ' by a pro', $3, $4,
                    (SELECT jsonb_agg(jsonb_build_object('name', 'Package ' || n, 'price', p, 'delivery_days', 3, 'revisions', 1, 'features', '[]'::jsonb))
                     FROM unnest($5::numeric[]) WITH ORDINALITY AS t(p, n)),
                    ARRAY[$6::text], $7, $8, $9, CASE WHEN $9 > 0 THEN 4 ELSE 0 END)
            """, _seller, title, type, mentoring, prices, genre, status, orders, rating);

    private async Task<List<string>> TitlesAsync(StorefrontFilter filter)
    {
        var page = await _db.Services().Get<StorefrontQueries>().SearchAsync(filter);
        return page.Items.Select(i => i.Title).ToList();
    }

    [Fact]
    public async Task Only_what_is_on_sale_is_listed_products_and_services_together()
    {
        var titles = await TitlesAsync(new StorefrontFilter());

        Assert.Equal(6, titles.Count);
        Assert.DoesNotContain(titles, t => t.Contains("Draft") || t.Contains("Paused") || t.Contains("Unapproved"));
        Assert.Contains("Mixing your trap song", titles);
    }

    [Fact]
    public async Task A_search_finds_products_and_services_best_match_first()
    {
        var titles = await TitlesAsync(new StorefrontFilter { Q = "trap" });

        // The mentoring names "trap" only as its genre (decision 270): it comes after the two whose titles name it.
        Assert.Equal(["Midnight Trap Beat", "Mixing your trap song"], titles.Take(2).Order().ToList());
        Assert.Equal(["Mentoring for beatmakers"], titles.Skip(2));
        Assert.Empty(await TitlesAsync(new StorefrontFilter { Q = "theremin" }));
    }

    [Fact]
    public async Task Tags_and_genres_are_searched_and_a_titles_match_ranks_above_the_descriptions()
    {
        await _db.ExecuteAsync("UPDATE products SET tags = ARRAY['808s'] WHERE title = 'Exclusive Drill Beat'");
        await _db.ExecuteAsync("UPDATE products SET genre_tags = ARRAY['lo-fi-hip-hop'] WHERE title = 'Lofi Dust Sample Pack'");

        Assert.Equal(["Exclusive Drill Beat"], await TitlesAsync(new StorefrontFilter { Q = "808s" }));
        Assert.Equal(["Lofi Dust Sample Pack"], await TitlesAsync(new StorefrontFilter { Q = "hip hop" }));
        Assert.Equal(["Lofi Dust Sample Pack"], await TitlesAsync(new StorefrontFilter { Q = "\"hip-hop\"" }));
        Assert.Equal(["Mentoring for beatmakers"], await TitlesAsync(new StorefrontFilter { Q = "trap", Kind = StorefrontKind.Mentoring }));

        // Said three times in a description, "ambient" still ranks below one mention in a title.
        await ProductAsync("Ambient Sketches", 5m, bpm: 70, key: "C major", licence: "personal", genre: "drone");
        await ProductAsync("Night Drive Loops", 5m, bpm: 70, key: "C major", licence: "personal", genre: "drone");
        await _db.ExecuteAsync("UPDATE products SET description = 'Ambient pads, ambient keys, ambient noise.' WHERE title = 'Night Drive Loops'");
        Assert.Equal(["Ambient Sketches", "Night Drive Loops"], await TitlesAsync(new StorefrontFilter { Q = "ambient" }));
    }

    [Theory]
    [InlineData("Midn", "Midnight Trap Beat")]
    [InlineData("trap Midn", "Midnight Trap Beat")]
    [InlineData("synthw", "Neon Synthwave Presets")]
    [InlineData("mento", "Mentoring for beatmakers")]
    [InlineData("drill OR synthw", "Exclusive Drill Beat|Neon Synthwave Presets")]
    [InlineData("beatmakers", "Mentoring for beatmakers")]
    public async Task The_last_word_is_matched_as_the_start_of_a_word(string q, string expected) =>
        Assert.Equal(expected.Split('|'), (await TitlesAsync(new StorefrontFilter { Q = q })).Order());

    [Theory]
    [InlineData("midnight-trap", "Midnight Trap Beat")]
    [InlineData("Drill-Beat", "Exclusive Drill Beat")]
    [InlineData("lofi-dust", "Lofi Dust Sample Pack")]
    public async Task Words_joined_by_a_hyphen_find_the_words_written_apart(string q, string expected) =>
        Assert.Equal([expected], await TitlesAsync(new StorefrontFilter { Q = q }));

    [Theory]
    [InlineData("Mi")]                   // too short to be a prefix
    [InlineData("\"Midn\"")]             // quoted: the whole word only
    [InlineData("\"midnight tra")]       // inside an open quote
    public async Task Quotes_and_short_starts_are_not_prefixes(string q) =>
        Assert.DoesNotContain(await TitlesAsync(new StorefrontFilter { Q = q }), t => t.StartsWith("Midnight", StringComparison.Ordinal));

    [Fact]
    public async Task An_exclusion_excludes_the_word_not_every_word_it_starts() =>
        Assert.Equal(["Exclusive Drill Beat", "Midnight Trap Beat"], (await TitlesAsync(new StorefrontFilter { Q = "beat -Midn" })).Order());

    [Fact]
    public async Task Product_filters_narrow_to_products()
    {
        Assert.Equal(["Exclusive Drill Beat", "Midnight Trap Beat"],
            (await TitlesAsync(new StorefrontFilter { BpmMin = 130, BpmMax = 150 })).Order().ToList());
        Assert.Equal(["Exclusive Drill Beat", "Midnight Trap Beat"],
            (await TitlesAsync(new StorefrontFilter { Key = "F minor" })).Order().ToList());
        Assert.Equal(["Exclusive Drill Beat"], await TitlesAsync(new StorefrontFilter { License = LicenseType.Exclusive }));
        Assert.Equal(["Lofi Dust Sample Pack"], await TitlesAsync(new StorefrontFilter { FreeOnly = true }));
    }

    [Fact]
    public async Task A_product_kind_lists_only_products_of_that_kind_and_meets_the_other_filters()
    {
        // Decision 252: the kind is a facet too — with a genre, a BPM or free it is still one index condition.
        Assert.Equal(["Exclusive Drill Beat", "Midnight Trap Beat"],
            (await TitlesAsync(new StorefrontFilter { ProductKind = ProductKind.Beat })).Order().ToList());
        Assert.Equal(["Midnight Trap Beat"], await TitlesAsync(new StorefrontFilter { ProductKind = ProductKind.Beat, Genre = "trap" }));
        Assert.Equal(["Exclusive Drill Beat"], await TitlesAsync(new StorefrontFilter { ProductKind = ProductKind.Beat, BpmMin = 141 }));
        Assert.Empty(await TitlesAsync(new StorefrontFilter { ProductKind = ProductKind.Beat, FreeOnly = true }));
        // A draft, a paused and an unapproved listing of the kind stay out.
        Assert.Equal(["Lofi Dust Sample Pack"], await TitlesAsync(new StorefrontFilter { ProductKind = ProductKind.SamplePack }));
        Assert.Empty(await TitlesAsync(new StorefrontFilter { ProductKind = ProductKind.DrumKit }));
        // Services asked for with a product kind (an edited address): the section wins, the kind is dropped.
        Assert.Equal(2, (await TitlesAsync(new StorefrontFilter { Kind = StorefrontKind.Services, ProductKind = ProductKind.Beat })).Count);
        Assert.Null((new StorefrontFilter { Kind = StorefrontKind.Mentoring, ProductKind = ProductKind.Beat }).Cleaned().ProductKind);
        // A number the address made up is no kind: the filter drops it.
        Assert.Equal(6, (await TitlesAsync(new StorefrontFilter { ProductKind = (ProductKind)99 })).Count);

        var cards = (await _db.Services().Get<StorefrontQueries>().SearchAsync(new StorefrontFilter())).Items;
        Assert.Equal(ProductKind.Preset, cards.Single(c => c.Title == "Neon Synthwave Presets").ProductKind);
        Assert.Null(cards.Single(c => c.Title == "Mixing your trap song").ProductKind);
    }

    [Fact]
    public async Task Genre_bpm_and_free_filters_combine_and_no_marker_passes_for_a_genre()
    {
        Assert.Equal(["Midnight Trap Beat"], await TitlesAsync(new StorefrontFilter { Genre = "trap", BpmMin = 130, BpmMax = 150 }));
        Assert.Empty(await TitlesAsync(new StorefrontFilter { Genre = "trap", BpmMin = 141 }));
        Assert.Equal(["Exclusive Drill Beat", "Midnight Trap Beat"], (await TitlesAsync(new StorefrontFilter { BpmMin = 140 })).Order().ToList());
        Assert.Equal(["Lofi Dust Sample Pack"], await TitlesAsync(new StorefrontFilter { BpmMax = 80, FreeOnly = true }));
        Assert.Empty(await TitlesAsync(new StorefrontFilter { Genre = "trap", FreeOnly = true }));
        // listing_facets also holds "bpm:<n>" and ":free" (decision 158): asked for as genres they find nothing.
        Assert.Empty(await TitlesAsync(new StorefrontFilter { Genre = ListingFacets.Free }));
        Assert.Empty(await TitlesAsync(new StorefrontFilter { Genre = "bpm:140" }));
    }

    [Fact]
    public async Task Kind_genre_and_price_filters_apply_to_both_sides()
    {
        Assert.Equal(["Mentoring for beatmakers"], await TitlesAsync(new StorefrontFilter { Kind = StorefrontKind.Mentoring }));
        Assert.Equal(2, (await TitlesAsync(new StorefrontFilter { Kind = StorefrontKind.Services })).Count);
        Assert.Equal(["Mentoring for beatmakers", "Midnight Trap Beat", "Mixing your trap song"],
            (await TitlesAsync(new StorefrontFilter { Genre = "trap" })).Order().ToList());
        // A service's price is its cheapest package: 50 (not 120) is inside 20–60.
        Assert.Equal(["Mentoring for beatmakers", "Midnight Trap Beat", "Mixing your trap song"],
            (await TitlesAsync(new StorefrontFilter { PriceMin = 20m, PriceMax = 60m })).Order().ToList());
    }

    [Fact]
    public async Task A_name_your_price_product_is_listed_filtered_and_sorted_at_its_minimum()
    {
        var pack = await _db.InsertAsync("""
            INSERT INTO products (seller_id, title, slug, description, price, allow_name_your_price, minimum_price, license_type, status, is_approved)
            VALUES ($1, 'Pay What You Like Pack', 'pay-what-you-like-pack', 'Samples', 15, true, 5, 'personal', 'active', true) RETURNING id
            """, _seller);

        Assert.Contains("Pay What You Like Pack", await TitlesAsync(new StorefrontFilter { PriceMax = 10m }));
        Assert.DoesNotContain("Pay What You Like Pack", await TitlesAsync(new StorefrontFilter { PriceMin = 10m }));
        var cheapest = (await _db.Services().Get<StorefrontQueries>().SearchAsync(new StorefrontFilter { Sort = StorefrontSort.PriceLow })).Items;
        var card = Assert.Single(cheapest, i => i.Id == pack);
        Assert.Equal((5m, true), (card.Price, card.NameYourPrice));
        Assert.Equal("Pay What You Like Pack", cheapest[1].Title); // after the free pack, before the $15 presets
    }

    [Fact]
    public async Task A_tag_finds_products_tagged_with_it_and_services_whose_description_has_it()
    {
        await _db.ScalarAsync<int>("UPDATE products SET tags = ARRAY['808s'] WHERE title = 'Midnight Trap Beat' RETURNING 1");
        await _db.ScalarAsync<int>("UPDATE services SET description = 'Hard-hitting #808s, tuned.' WHERE title = 'Mixing your trap song' RETURNING 1");

        Assert.Equal(["Midnight Trap Beat", "Mixing your trap song"], (await TitlesAsync(new StorefrontFilter { Tag = "#808S" })).Order().ToList());
        Assert.Equal(["Midnight Trap Beat"], await TitlesAsync(new StorefrontFilter { Tag = "808s", Kind = StorefrontKind.Products }));
        Assert.Empty(await TitlesAsync(new StorefrontFilter { Tag = "nobodyusesthis" }));
        // Text that is not one tag is no tag filter at all.
        Assert.Equal(6, (await TitlesAsync(new StorefrontFilter { Tag = "two words\0" })).Count);
    }

    [Fact]
    public async Task Sorts_order_both_kinds_by_one_key()
    {
        Assert.Equal(["Lofi Dust Sample Pack", "Neon Synthwave Presets", "Midnight Trap Beat", "Mentoring for beatmakers", "Mixing your trap song", "Exclusive Drill Beat"],
            await TitlesAsync(new StorefrontFilter { Sort = StorefrontSort.PriceLow }));
        Assert.Equal("Exclusive Drill Beat", (await TitlesAsync(new StorefrontFilter { Sort = StorefrontSort.PriceHigh }))[0]);
        Assert.Equal("Lofi Dust Sample Pack", (await TitlesAsync(new StorefrontFilter { Sort = StorefrontSort.Popular }))[0]);
        Assert.Equal("Mixing your trap song", (await TitlesAsync(new StorefrontFilter { Sort = StorefrontSort.BestRated }))[0]);
    }

    [Fact]
    public async Task A_ranked_search_ranks_only_the_newest_matches_of_each_kind()
    {
        // The oldest trap product matches best ("trap" three times) but is not among the newest match of its kind.
        await _db.ExecuteAsync("UPDATE products SET created_at = now() - interval '30 days' WHERE title = 'Midnight Trap Beat'");
        await ProductAsync("Trap Trap Trap Anthem", 19m, bpm: 140, key: "F minor", licence: "personal", genre: "trap");
        await _db.ExecuteAsync("UPDATE products SET created_at = now() - interval '60 days' WHERE title = 'Trap Trap Trap Anthem'");
        var oneEach = new Dictionary<string, string?> { ["Marketplace:SearchCandidates"] = "1" };

        var ranked = await _db.Services(settings: oneEach).Get<StorefrontQueries>().SearchAsync(new StorefrontFilter { Q = "trap" });
        var all = await TitlesAsync(new StorefrontFilter { Q = "trap" });

        // The newest service matching "trap" is the mentoring in the genre (decision 270).
        Assert.Equal(["Mentoring for beatmakers", "Midnight Trap Beat"], ranked.Items.Select(i => i.Title).Order().ToList());
        Assert.Equal("Trap Trap Trap Anthem", all[0]);
    }

    [Fact]
    public async Task Keyset_pages_of_a_ranked_search_list_every_match_once()
    {
        var store = _db.Services().Get<StorefrontQueries>();
        var filter = new StorefrontFilter { Q = "trap OR presets OR mentoring OR drill" };
        var whole = (await store.SearchAsync(filter, pageSize: 50)).Items.Select(i => i.Id).ToList();

        var paged = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await store.SearchAsync(filter, cursor, pageSize: 2);
            paged.AddRange(page.Items.Select(i => i.Id));
            cursor = page.NextCursor;
        } while (cursor is not null);

        Assert.Equal(5, whole.Count);
        Assert.Equal(whole, paged);
    }

    [Theory]
    [InlineData(StorefrontSort.Newest)]
    [InlineData(StorefrontSort.PriceLow)]
    [InlineData(StorefrontSort.PriceHigh)]
    [InlineData(StorefrontSort.Popular)]
    [InlineData(StorefrontSort.BestRated)]
    public async Task Keyset_pages_list_every_listing_once_in_order(StorefrontSort sort)
    {
        var store = _db.Services().Get<StorefrontQueries>();
        var whole = (await store.SearchAsync(new StorefrontFilter { Sort = sort }, pageSize: 50)).Items.Select(i => i.Id).ToList();

        var paged = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await store.SearchAsync(new StorefrontFilter { Sort = sort }, cursor, pageSize: 2);
            paged.AddRange(page.Items.Select(i => i.Id));
            cursor = page.NextCursor;
        } while (cursor is not null);

        Assert.Equal(whole, paged);
    }

    [Fact]
    public async Task The_featured_shelf_shows_featured_listings_on_sale()
    {
        var featured = await _db.Services().Get<StorefrontQueries>().FeaturedAsync();

        Assert.Equal(["Neon Synthwave Presets"], featured.Select(f => f.Title));
        Assert.Equal("store_seller", featured[0].Seller.Username);
    }

    [Theory]
    [InlineData("x\0y", "not-a-cursor")]
    [InlineData("' OR 1=1 --", "9999999999999999999999999999_00000000000000000000000000000000")]
    [InlineData("🎛️ ünïcödé", "_")]
    public async Task Odd_input_is_refused_quietly(string q, string cursor)
    {
        var store = _db.Services().Get<StorefrontQueries>();

        var page = await store.SearchAsync(new StorefrontFilter { Q = q + new string('a', 5000), BpmMin = 1000, BpmMax = -5, PriceMin = -3m,
            Key = "H major", Kind = (StorefrontKind)42, Sort = (StorefrontSort)99, Genre = "x\0" }, cursor);

        Assert.Empty(page.Items);
        Assert.Null(page.NextCursor);
        // Out-of-range values are put in order and clamped (BPM 20–400: every product), an unknown key is dropped.
        Assert.Equal(4, (await store.SearchAsync(new StorefrontFilter { BpmMin = 400, BpmMax = 1, PriceMin = -3m, Key = "H major" })).Items.Count);
    }
}
