using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// "Banned members … their content is hidden" (product rules) for listings too: the storefront's views leave out the
    /// listings of banned sellers (they showed as "A member"), so the market, the featured shelf, tag pages and Library →
    /// Liked no longer offer them; the listing pages check the same (decision 156). The test is the one the post rules
    /// use, <c>profile_restrictions</c> (decision 126): a probe of the small set of restricted profiles per listing.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261204030000_BannedSellersListingsHidden")]
    public partial class BannedSellersListingsHidden : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE VIEW listed_products AS SELECT p.* FROM products p
              WHERE p.status = 'active' AND p.is_approved
                AND NOT EXISTS (SELECT 1 FROM profile_restrictions r WHERE r.user_id = p.seller_id AND r.is_banned);
            CREATE OR REPLACE VIEW listed_services AS SELECT s.* FROM services s
              WHERE s.status = 'active'
                AND NOT EXISTS (SELECT 1 FROM profile_restrictions r WHERE r.user_id = s.seller_id AND r.is_banned);
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE VIEW listed_products AS SELECT p.* FROM products p WHERE p.status = 'active' AND p.is_approved;
            CREATE OR REPLACE VIEW listed_services AS SELECT s.* FROM services s WHERE s.status = 'active';
            """);
    }
}
