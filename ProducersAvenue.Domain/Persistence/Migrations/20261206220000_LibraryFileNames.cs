using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// A buyer's copy names its files as the seller uploaded them ("Drums.zip", "Read me.pdf"), not after the product's slug
    /// (decision 257): <c>library_entries</c> gains the product's <c>file_names</c>.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261206220000_LibraryFileNames")]
    public partial class LibraryFileNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE VIEW library_entries AS
              SELECT a.id, a.reference, a.product_id, a.buyer_id, a.seller_id, a.product_title, a.price_cents, a.currency,
                     a.license_type, a.license_text, a.source, a.acquired_at, a.revoked_at,
                     p.slug AS product_slug, p.thumbnail_url, p.file_urls,
                     b.username AS buyer_username, b.display_name AS buyer_display_name,
                     s.username AS seller_username, s.display_name AS seller_display_name,
                     p.files_updated_at, p.file_names
              FROM product_acquisitions a
              JOIN products p ON p.id = a.product_id
              LEFT JOIN user_profiles b ON b.user_id = a.buyer_id
              LEFT JOIN user_profiles s ON s.user_id = a.seller_id
              WHERE a.buyer_id = app_current_user_id() OR a.seller_id = app_current_user_id() OR app_is_admin();
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP VIEW library_entries;
            CREATE VIEW library_entries AS
              SELECT a.id, a.reference, a.product_id, a.buyer_id, a.seller_id, a.product_title, a.price_cents, a.currency,
                     a.license_type, a.license_text, a.source, a.acquired_at, a.revoked_at,
                     p.slug AS product_slug, p.thumbnail_url, p.file_urls,
                     b.username AS buyer_username, b.display_name AS buyer_display_name,
                     s.username AS seller_username, s.display_name AS seller_display_name,
                     p.files_updated_at
              FROM product_acquisitions a
              JOIN products p ON p.id = a.product_id
              LEFT JOIN user_profiles b ON b.user_id = a.buyer_id
              LEFT JOIN user_profiles s ON s.user_id = a.seller_id
              WHERE a.buyer_id = app_current_user_id() OR a.seller_id = app_current_user_id() OR app_is_admin();
            GRANT SELECT ON library_entries TO pa_app;
            """);
    }
}
