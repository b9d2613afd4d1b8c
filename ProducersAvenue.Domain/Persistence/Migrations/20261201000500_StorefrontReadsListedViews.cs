using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// The storefront reads listings through two views that hold exactly what anyone may read of them — active, approved
    /// products and active services, the public half of their read policies — owned by <c>pa_owner</c> like
    /// <c>notification_list</c> (decisions 081, 123). Through the tables, the policies keep every filter that is not
    /// leakproof (<c>@@</c>, <c>@&gt;</c>, <c>-&gt;&gt;</c>, <c>product_bpm</c>) out of index conditions, so a search or a
    /// genre filter read all 200,000 products; through the views they use the GIN and partial indexes. The key filter gets
    /// a partial index of its own.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201000500_StorefrontReadsListedViews")]
    public partial class StorefrontReadsListedViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            -- Not security_barrier: the filters must reach the tables' indexes. The WHERE clause is the wall.
            CREATE VIEW listed_products AS SELECT p.* FROM products p WHERE p.status = 'active' AND p.is_approved;
            CREATE VIEW listed_services AS SELECT s.* FROM services s WHERE s.status = 'active';
            GRANT SELECT ON listed_products, listed_services TO pa_app;
            -- The key filter (one of 24 keys) meets the price and licence filters in a bitmap instead of a walk of the newest.
            CREATE INDEX ix_products_listed_key ON products ((technical_details->>'key')) WHERE status = 'active' AND is_approved;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP INDEX ix_products_listed_key;
            DROP VIEW listed_services;
            DROP VIEW listed_products;
            """);
    }
}
