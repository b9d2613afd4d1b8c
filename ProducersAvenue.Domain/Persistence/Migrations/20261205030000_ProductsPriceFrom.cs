using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// A name-your-price product can be had from its minimum (decision 171): the storefront showed, filtered and sorted it
    /// at its suggested price, so "$15.00" on the card, "$5.00+" on its page, and missing under "up to $10". Products get
    /// the generated <c>price_from</c> services already have — 0 when free, the minimum (or the price without one) when the
    /// buyer names the price, the price otherwise — and the storefront's price index moves to it.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261205030000_ProductsPriceFrom")]
    public partial class ProductsPriceFrom : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE products ADD COLUMN price_from numeric(10,2) GENERATED ALWAYS AS (
              CASE WHEN is_free THEN 0 WHEN allow_name_your_price THEN coalesce(minimum_price, price) ELSE price END) STORED;
            CREATE OR REPLACE VIEW listed_products AS SELECT p.* FROM products p WHERE p.status = 'active' AND p.is_approved;
            DROP INDEX ix_products_listed_price;
            CREATE INDEX ix_products_listed_price ON products (price_from, id) WHERE status = 'active' AND is_approved;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP INDEX ix_products_listed_price;
            DROP VIEW listed_products;
            ALTER TABLE products DROP COLUMN price_from;
            CREATE VIEW listed_products AS SELECT p.* FROM products p WHERE p.status = 'active' AND p.is_approved;
            GRANT SELECT ON listed_products TO pa_app;
            CREATE INDEX ix_products_listed_price ON products (price, id) WHERE status = 'active' AND is_approved;
            """);
    }
}
