using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// The storefront (decision 122) lists products and services in one list ordered by one numeric key per sort, so each
    /// side can be read in order from a partial index over what is on sale and the two merged: newest
    /// (<c>app_epoch(created_at)</c>), popular, best rated and price (a service's is its generated <c>price_from</c>, the
    /// cheapest package). A product's BPM is a function the queries and the index share: <c>product_bpm(technical_details)</c>.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261130210000_StorefrontIndexes")]
    public partial class StorefrontIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            -- Seconds since 1970 of a moment: the same in every time zone, so immutable (date_part on timestamptz is only stable).
            CREATE FUNCTION app_epoch(p_at timestamptz) RETURNS numeric
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT EXTRACT(EPOCH FROM p_at AT TIME ZONE 'UTC')::numeric $$;

            CREATE FUNCTION product_bpm(p_details jsonb) RETURNS integer
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
              SELECT CASE WHEN p_details->>'bpm' ~ '^[0-9]{1,4}$' THEN (p_details->>'bpm')::integer END
            $$;

            GRANT EXECUTE ON FUNCTION app_epoch(timestamptz), product_bpm(jsonb) TO pa_app;

            CREATE INDEX ix_products_listed_newest ON products (app_epoch(created_at) DESC, id DESC) WHERE status = 'active' AND is_approved;
            CREATE INDEX ix_products_listed_popular ON products ((purchases_count::numeric) DESC, id DESC) WHERE status = 'active' AND is_approved;
            CREATE INDEX ix_products_listed_rating ON products (rating_average DESC, id DESC) WHERE status = 'active' AND is_approved;
            CREATE INDEX ix_products_listed_price ON products (price, id) WHERE status = 'active' AND is_approved;
            CREATE INDEX ix_products_listed_bpm ON products (product_bpm(technical_details)) WHERE status = 'active' AND is_approved;

            CREATE INDEX ix_services_listed_newest ON services (app_epoch(created_at) DESC, id DESC) WHERE status = 'active';
            CREATE INDEX ix_services_listed_popular ON services ((orders_count::numeric) DESC, id DESC) WHERE status = 'active';
            CREATE INDEX ix_services_listed_rating ON services (rating_average DESC, id DESC) WHERE status = 'active';
            CREATE INDEX ix_services_listed_price ON services (price_from, id) WHERE status = 'active';
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP INDEX ix_products_listed_newest, ix_products_listed_popular, ix_products_listed_rating, ix_products_listed_price,
                       ix_products_listed_bpm, ix_services_listed_newest, ix_services_listed_popular, ix_services_listed_rating,
                       ix_services_listed_price;
            DROP FUNCTION product_bpm(jsonb);
            DROP FUNCTION app_epoch(timestamptz);
            """);
    }
}
