using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// The storefront's genre, BPM and free filters meet inside one index (decision 158): a product's facets — its genre
    /// slugs, <c>bpm:&lt;n&gt;</c> and <c>:free</c> — are a stored generated column, <c>listing_facets</c>, with a GIN index
    /// over what is on sale and one over the search vector and the facets together. Genre + BPM was a BitmapAnd of the
    /// genre index with 31,000 BPM entries (11–18 ms at 200k products); a search with free and a BPM range, a BitmapAnd
    /// with the 23,000 matches of a common word and a heap read of every one for the free filter (22–80 ms). In one GIN
    /// scan the rarest entry drives: 1.5 ms and 4 ms. Stored rather than an expression index, so the walks of the newest
    /// that single filters keep read an array instead of running the BPM's regular expression per row, and the column has
    /// its own statistics (a partial expression index's are not used). Genre slugs never hold a colon (checked here), so
    /// the markers cannot meet a genre. The BPM index it replaces goes.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261204030000_ListingFacets")]
    public partial class ListingFacets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE products ADD CONSTRAINT ck_products_genre_tags_plain CHECK (array_to_string(genre_tags, '') NOT LIKE '%:%');
            ALTER TABLE products ADD COLUMN listing_facets text[] NOT NULL GENERATED ALWAYS AS (array_remove(
                genre_tags || ('bpm:' || product_bpm(technical_details)) || CASE WHEN is_free THEN ':free' END, NULL)) STORED;
            CREATE OR REPLACE VIEW listed_products AS SELECT p.* FROM products p WHERE p.status = 'active' AND p.is_approved;
            CREATE INDEX ix_products_listed_facets ON products USING gin (listing_facets) WHERE status = 'active' AND is_approved;
            CREATE INDEX ix_products_listed_search_facets ON products USING gin (search_vector, listing_facets)
                WHERE status = 'active' AND is_approved;
            DROP INDEX ix_products_listed_bpm;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE INDEX ix_products_listed_bpm ON products (product_bpm(technical_details)) WHERE status = 'active' AND is_approved;
            DROP VIEW listed_products;
            ALTER TABLE products DROP COLUMN listing_facets;
            ALTER TABLE products DROP CONSTRAINT ck_products_genre_tags_plain;
            CREATE VIEW listed_products AS SELECT p.* FROM products p WHERE p.status = 'active' AND p.is_approved;
            GRANT SELECT ON listed_products TO pa_app;
            """);
    }
}
