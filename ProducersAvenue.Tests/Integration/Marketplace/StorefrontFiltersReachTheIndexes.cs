using Npgsql;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>
/// Decision 123: the storefront reads <c>listed_products</c> / <c>listed_services</c>, which hold only what anyone may
/// read, so that filters the policies keep out of index conditions (full-text <c>@@</c>, array <c>@&gt;</c>) reach the
/// GIN indexes as <c>pa_app</c> with Row Level Security on; and the views show nothing a visitor may not see.
/// </summary>
public sealed class StorefrontFiltersReachTheIndexes : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var seller = await _db.CreateUserAsync("index_seller");
        await _db.ScalarAsync<int>("""
            INSERT INTO products (seller_id, title, slug, description, price, is_free, license_type, genre_tags, tags, status, is_approved)
            VALUES ($1, 'Listed trap beat', 'listed-trap-beat', 'trap', 10, false, 'personal', '{trap}', '{}', 'active', true),
                   ($1, 'Draft trap beat', 'draft-trap-beat', 'trap', 10, false, 'personal', '{trap}', '{}', 'draft', true),
                   ($1, 'Unapproved trap beat', 'unapproved-trap-beat', 'trap', 10, false, 'personal', '{trap}', '{}', 'active', false)
            """, seller);
        // Enough other listings that a selective filter is worth an index, as in a real market.
        await _db.ScalarAsync<int>("""
            INSERT INTO products (seller_id, title, slug, description, price, is_free, license_type, genre_tags, tags, status, is_approved)
            SELECT $1, 'Ambient pad ' || g, 'ambient-pad-' || g, 'soft ambient pads', 5, false, 'personal', '{ambient}', '{}', 'active', true
            FROM generate_series(1, 3000) g
            """, seller);
        await _db.ScalarAsync<int>("""
            INSERT INTO services (seller_id, title, slug, description, service_type, packages, genre_tags, status)
            VALUES ($1, 'Listed trap mix', 'listed-trap-mix', 'trap', 'mixing', '[{"name": "Basic", "price": 50, "delivery_days": 2, "revisions": 1, "features": []}]', '{trap}', 'active'),
                   ($1, 'Paused trap mix', 'paused-trap-mix', 'trap', 'mixing', '[{"name": "Basic", "price": 50, "delivery_days": 2, "revisions": 1, "features": []}]', '{trap}', 'paused')
            """, seller);
        await _db.ScalarAsync<int>("""
            INSERT INTO services (seller_id, title, slug, description, service_type, packages, genre_tags, status)
            SELECT $1, 'Ambient master ' || g, 'ambient-master-' || g, 'soft ambient mastering', 'mastering',
                   '[{"name": "Basic", "price": 50, "delivery_days": 2, "revisions": 1, "features": []}]', '{ambient}', 'active'
            FROM generate_series(1, 3000) g
            """, seller);
        await _db.ScalarAsync<int>("ANALYZE products; ANALYZE services");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<string> PlanAsVisitorAsync(string query, string settings = "")
    {
        await using var connection = new NpgsqlConnection(_db.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"CALL app_set_caller(NULL, 'anonymous', ''); {settings} EXPLAIN {query}", connection);
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        do
        {
            while (await reader.ReadAsync())
                if (reader.FieldCount == 1 && reader.GetFieldType(0) == typeof(string)) lines.Add(reader.GetString(0));
        } while (await reader.NextResultAsync());
        return string.Join("\n", lines);
    }

    [Fact]
    public async Task Search_and_genre_filters_use_the_gin_indexes_with_policies_on()
    {
        const string search = "WHERE p.search_vector @@ websearch_to_tsquery('english', 'trap')";
        // Through the table, the policy keeps the leaky operator out of the index: this is why the views exist.
        Assert.DoesNotMatch("Index Scan on ix_products_(listed_)?search_", await PlanAsVisitorAsync($"SELECT p.id FROM products p {search}"));
        Assert.Matches("Bitmap Index Scan on ix_products_(listed_)?search_", await PlanAsVisitorAsync($"SELECT p.id FROM listed_products p {search}"));
        Assert.Contains("ix_services_search_vector",
            await PlanAsVisitorAsync("SELECT s.id FROM listed_services s WHERE s.search_vector @@ websearch_to_tsquery('english', 'trap')"));
        Assert.Contains("ix_products_genre_tags", await PlanAsVisitorAsync("SELECT p.id FROM listed_products p WHERE p.genre_tags @> ARRAY['trap']"));
    }

    [Fact]
    public async Task Genre_kind_bpm_and_free_meet_in_one_index_scan_of_the_facets()
    {
        // Decision 158: the filters are entries of one array, so a genre with a BPM range (or free) is one GIN scan, and
        // with a search they meet the search vector in the index the two share (or the rarer side is read and the other
        // checked per row) — never a BitmapAnd of two large bitmaps.
        var genreAndBpm = await PlanAsVisitorAsync(
            "SELECT p.id FROM listed_products p WHERE p.listing_facets @> ARRAY['trap'] AND p.listing_facets && ARRAY['bpm:140', 'bpm:141']");
        Assert.Contains("Bitmap Index Scan on ix_products_listed_facets", genreAndBpm);
        Assert.DoesNotContain("BitmapAnd", genreAndBpm);
        // The product kind is an entry too (decision 252): "Beats in Trap" is the same one scan.
        var kindAndGenre = await PlanAsVisitorAsync("SELECT p.id FROM listed_products p WHERE p.listing_facets @> ARRAY['trap', 'kind:beat']");
        Assert.Contains("Bitmap Index Scan on ix_products_listed_facets", kindAndGenre);
        Assert.DoesNotContain("BitmapAnd", kindAndGenre);
        // A word that matches half the listings and a genre a tenth of them (a third are free), but few together.
        var seller = await _db.CreateUserAsync("facet_index_seller");
        await _db.ScalarAsync<int>("""
            INSERT INTO products (seller_id, title, slug, description, price, is_free, license_type, genre_tags, status, is_approved)
            SELECT $1, 'Keys ' || g, 'keys-' || g, CASE WHEN g % 2 = 0 OR g < 10 THEN 'dark keys' ELSE 'bright keys' END,
                   CASE WHEN g % 3 = 0 THEN 0 ELSE 10 END, g % 3 = 0,
                   'personal', CASE WHEN g % 10 = 1 THEN '{drill}'::text[] ELSE '{house}'::text[] END, 'active', true
            FROM generate_series(1, 3000) g
            """, seller);
        await _db.ScalarAsync<int>("ANALYZE products");
        // At a test's few thousand rows a sequential scan is cheaper still; what is asked here is how an index is used.
        var searched = await PlanAsVisitorAsync(
            "SELECT p.id FROM listed_products p WHERE p.search_vector @@ websearch_to_tsquery('english', 'dark') AND p.listing_facets @> ARRAY['drill', ':free']",
            "SET enable_seqscan = off;");
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(searched, "Bitmap Index Scan on ix_products_listed_(search_)?facets"), searched);
        Assert.DoesNotContain("BitmapAnd", searched);
    }

    [Fact]
    public async Task A_products_facets_are_its_genres_its_bpm_free_and_kind_and_no_genre_can_pass_for_a_marker()
    {
        var seller = await _db.CreateUserAsync("facet_seller");
        var facets = await _db.ScalarAsync<string[]>("""
            INSERT INTO products (seller_id, title, slug, price, is_free, license_type, genre_tags, technical_details)
            VALUES ($1, 'Facets', 'facets', 0, true, 'personal', '{trap,drill}', '{"bpm": "140", "key": "F minor"}')
            RETURNING listing_facets
            """, seller);
        Assert.Equal(["trap", "drill", "bpm:140", ListingFacets.Free, ListingFacets.Kind(ProductKind.Other)], facets!);
        Assert.Equal(["house", "kind:beat"], (await _db.ScalarAsync<string[]>("""
            INSERT INTO products (seller_id, title, slug, price, license_type, genre_tags, technical_details, product_kind)
            VALUES ($1, 'No BPM', 'no-bpm', 10, 'personal', '{house}', '{"bpm": "fast"}', 'beat') RETURNING listing_facets
            """, seller))!);

        var colon = await Assert.ThrowsAsync<PostgresException>(() => _db.ScalarAsync<int>("""
            INSERT INTO products (seller_id, title, slug, price, license_type, genre_tags) VALUES ($1, 'Odd', 'odd', 10, 'personal', '{bpm:140}')
            RETURNING 1
            """, seller));
        Assert.Equal("ck_products_genre_tags_plain", colon.ConstraintName);
    }

    [Fact]
    public async Task The_views_hold_only_listings_on_sale()
    {
        await using var connection = new NpgsqlConnection(_db.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            CALL app_set_caller(NULL, 'anonymous', '');
            SELECT (SELECT string_agg(title, ',') FROM listed_products WHERE title LIKE '%trap%') || ' | ' ||
                   (SELECT string_agg(title, ',') FROM listed_services WHERE title LIKE '%trap%')
            """, connection);
        var titles = (string?)await command.ExecuteScalarAsync();
        Assert.Equal("Listed trap beat | Listed trap mix", titles);
    }
}
