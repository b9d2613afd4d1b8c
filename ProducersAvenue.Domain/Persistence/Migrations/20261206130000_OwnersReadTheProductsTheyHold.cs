using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// A member who holds a product (an unrevoked acquisition) reads its row after it leaves the market — an exclusive that
    /// sold and paused itself, a listing its seller paused — so its page, and the review its buyer may still write, stay
    /// theirs (decision 248). The market's own reads still ask for active, approved listings.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261206130000_OwnersReadTheProductsTheyHold")]
    public partial class OwnersReadTheProductsTheyHold : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP POLICY read_listed ON products;
            CREATE POLICY read_listed ON products FOR SELECT USING (
              (status = 'active' AND is_approved) OR seller_id = (select app_current_user_id()) OR (select app_is_admin())
              OR EXISTS (SELECT 1 FROM product_acquisitions a
                         WHERE a.product_id = products.id AND a.buyer_id = (select app_current_user_id()) AND a.revoked_at IS NULL));
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP POLICY read_listed ON products;
            CREATE POLICY read_listed ON products FOR SELECT USING (
              (status = 'active' AND is_approved) OR seller_id = (select app_current_user_id()) OR (select app_is_admin()));
            """);
    }
}
