using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// A product says what it is — a beat, a sample pack, a drum kit, presets, MIDI, stems, vocals, a project file or
    /// something else (decision 252): <c>products.product_kind</c>, beside the schema document's <c>product_type</c> (which
    /// tells a webinar recording from the rest). Rows from before take the kind their title names ("Midnight Drum Kit",
    /// "Lo-fi Beat"), else <c>other</c>, until their seller says. The kind is an
    /// entry of <c>listing_facets</c> (<c>kind:beat</c>), so "Beats in Trap at 140 BPM" is still one GIN scan (decision
    /// 158). PostgreSQL 15 cannot change a generated column's expression: the column is made again, with the view that
    /// selects it and its two indexes. The table's policies and grants cover the new column.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261206140000_ProductKinds")]
    public partial class ProductKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE products ADD COLUMN product_kind text NOT NULL DEFAULT 'other',
              ADD CONSTRAINT ck_products_product_kind CHECK (product_kind IN
                ('other', 'beat', 'sample_pack', 'drum_kit', 'preset', 'midi', 'stems', 'vocals', 'project_file'));
            DROP VIEW listed_products;
            ALTER TABLE products DROP COLUMN listing_facets;
            UPDATE products SET product_kind = CASE
                WHEN title ~* '\mdrum\s*kits?\M' THEN 'drum_kit'
                WHEN title ~* '\mbeats?\M|\minstrumentals?\M' THEN 'beat'
                WHEN title ~* '\mpresets?\M' THEN 'preset'
                WHEN title ~* '\mmidi\M' THEN 'midi'
                WHEN title ~* '\mstems?\M' THEN 'stems'
                WHEN title ~* '\m(vocals?|acapellas?|a cappellas?)\M' THEN 'vocals'
                WHEN title ~* '\m(templates?|project files?)\M' THEN 'project_file'
                WHEN title ~* '\m(sample packs?|samples|loops?|loop kits?)\M' THEN 'sample_pack'
                ELSE 'other' END
              WHERE product_type = 'regular';
            ALTER TABLE products ADD COLUMN listing_facets text[] NOT NULL GENERATED ALWAYS AS (array_remove(
                genre_tags || ('bpm:' || product_bpm(technical_details)) || CASE WHEN is_free THEN ':free' END || ('kind:' || product_kind),
                NULL)) STORED;
            CREATE VIEW listed_products AS SELECT p.* FROM products p WHERE p.status = 'active' AND p.is_approved;
            GRANT SELECT ON listed_products TO pa_app;
            CREATE INDEX ix_products_listed_facets ON products USING gin (listing_facets) WHERE status = 'active' AND is_approved;
            CREATE INDEX ix_products_listed_search_facets ON products USING gin (search_vector, listing_facets)
                WHERE status = 'active' AND is_approved;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP VIEW listed_products;
            ALTER TABLE products DROP COLUMN listing_facets;
            ALTER TABLE products DROP COLUMN product_kind;
            ALTER TABLE products ADD COLUMN listing_facets text[] NOT NULL GENERATED ALWAYS AS (array_remove(
                genre_tags || ('bpm:' || product_bpm(technical_details)) || CASE WHEN is_free THEN ':free' END, NULL)) STORED;
            CREATE VIEW listed_products AS SELECT p.* FROM products p WHERE p.status = 'active' AND p.is_approved;
            GRANT SELECT ON listed_products TO pa_app;
            CREATE INDEX ix_products_listed_facets ON products USING gin (listing_facets) WHERE status = 'active' AND is_approved;
            CREATE INDEX ix_products_listed_search_facets ON products USING gin (search_vector, listing_facets)
                WHERE status = 'active' AND is_approved;
            """);
    }
}
