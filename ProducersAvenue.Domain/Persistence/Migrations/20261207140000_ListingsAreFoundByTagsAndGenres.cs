using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// A listing is found by its tags and genres as well as its title and description (decision 270): a beat tagged
    /// "drill" in the genre "lo-fi-hip-hop" answers "drill" and "hip hop" though its text names neither.
    /// <c>listing_search_vector</c> weighs the title (A) over the tags and genre slugs (B, hyphens read as spaces) over the
    /// description (D), so a relevance sort puts a title's match first. A service's tags are its description's hashtags,
    /// already in its text: its genres are added. PostgreSQL 15 cannot change a generated column's expression: each column
    /// is made again, with the view that selects it and its indexes (as in <c>ProductKinds</c>); the tables' policies and
    /// grants cover the new columns, and
    /// their statistics are gathered at once (the storefront's plans estimate matches from them).
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261207140000_ListingsAreFoundByTagsAndGenres")]
    public partial class ListingsAreFoundByTagsAndGenres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE FUNCTION listing_search_vector(p_title text, p_words text[], p_description text) RETURNS tsvector
              LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
              SELECT setweight(to_tsvector('english', p_title), 'A')
                  || setweight(to_tsvector('english', translate(array_to_string(coalesce(p_words, '{}'), ' '), '-', ' ')), 'B')
                  || to_tsvector('english', coalesce(p_description, ''))
            $$;
            GRANT EXECUTE ON FUNCTION listing_search_vector(text, text[], text) TO pa_app, pa_jobs;

            DROP VIEW listed_products;
            ALTER TABLE products DROP COLUMN search_vector;
            ALTER TABLE products ADD COLUMN search_vector tsvector NOT NULL
              GENERATED ALWAYS AS (listing_search_vector(title, tags || genre_tags, description)) STORED;
            CREATE VIEW listed_products AS SELECT p.* FROM products p WHERE p.status = 'active' AND p.is_approved;
            GRANT SELECT ON listed_products TO pa_app;
            CREATE INDEX ix_products_search_vector ON products USING gin (search_vector);
            CREATE INDEX ix_products_listed_search_facets ON products USING gin (search_vector, listing_facets)
                WHERE status = 'active' AND is_approved;

            DROP VIEW listed_services;
            ALTER TABLE services DROP COLUMN search_vector;
            ALTER TABLE services ADD COLUMN search_vector tsvector NOT NULL
              GENERATED ALWAYS AS (listing_search_vector(title, genre_tags, description)) STORED;
            CREATE VIEW listed_services AS SELECT s.* FROM services s WHERE s.status = 'active';
            GRANT SELECT ON listed_services TO pa_app;
            CREATE INDEX ix_services_search_vector ON services USING gin (search_vector);
            ANALYZE products (search_vector);
            ANALYZE services (search_vector);
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP VIEW listed_services;
            ALTER TABLE services DROP COLUMN search_vector;
            ALTER TABLE services ADD COLUMN search_vector tsvector NOT NULL
              GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || coalesce(description, ''))) STORED;
            CREATE VIEW listed_services AS SELECT s.* FROM services s WHERE s.status = 'active';
            GRANT SELECT ON listed_services TO pa_app;
            CREATE INDEX ix_services_search_vector ON services USING gin (search_vector);

            DROP VIEW listed_products;
            ALTER TABLE products DROP COLUMN search_vector;
            ALTER TABLE products ADD COLUMN search_vector tsvector NOT NULL
              GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || coalesce(description, ''))) STORED;
            CREATE VIEW listed_products AS SELECT p.* FROM products p WHERE p.status = 'active' AND p.is_approved;
            GRANT SELECT ON listed_products TO pa_app;
            CREATE INDEX ix_products_search_vector ON products USING gin (search_vector);
            CREATE INDEX ix_products_listed_search_facets ON products USING gin (search_vector, listing_facets)
                WHERE status = 'active' AND is_approved;

            DROP FUNCTION listing_search_vector(text, text[], text);
            """);
    }
}
