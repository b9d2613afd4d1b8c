using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Members who hold a product are told when its seller changes its files (decision 253). An edit that changes them
    /// sets <c>products.files_updated_at</c>; the job <c>product-file-updates</c> takes the changes that have settled
    /// through <c>take_product_file_updates</c> — a definer function, so the jobs role marks a product told
    /// (<c>files_announced_at</c>) without a policy on products of its own, each product once however many instances
    /// run (SKIP LOCKED) — and notifies the holders (<c>product_update</c>, a new notification type). A partial index
    /// holds only the products waiting to be told; <c>library_entries</c> gains the product's <c>files_updated_at</c>.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261206150000_ProductFileUpdates")]
    public partial class ProductFileUpdates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE products ADD COLUMN files_updated_at timestamptz, ADD COLUMN files_announced_at timestamptz;
            CREATE INDEX ix_products_files_untold ON products (files_updated_at)
              WHERE files_updated_at IS NOT NULL AND files_announced_at IS DISTINCT FROM files_updated_at;
            ALTER TABLE notifications DROP CONSTRAINT ck_notifications_type;
            ALTER TABLE notifications ADD CONSTRAINT ck_notifications_type CHECK (type IN ('like', 'comment', 'reply', 'follow', 'message',
              'order', 'payout', 'mention', 'review', 'custom_field', 'report', 'system', 'product_update'));

            CREATE FUNCTION take_product_file_updates(p_settled_before timestamptz, p_limit integer)
            RETURNS TABLE (product_id uuid, seller_id uuid, title text)
            LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
              UPDATE products p SET files_announced_at = p.files_updated_at
              FROM (SELECT d.id FROM products d
                    WHERE d.files_updated_at IS NOT NULL AND d.files_announced_at IS DISTINCT FROM d.files_updated_at
                      AND d.files_updated_at <= p_settled_before AND d.status <> 'deleted'
                    ORDER BY d.files_updated_at LIMIT p_limit FOR UPDATE SKIP LOCKED) due
              WHERE p.id = due.id
              RETURNING p.id, p.seller_id, p.title::text
            $$;
            REVOKE ALL ON FUNCTION take_product_file_updates(timestamptz, integer) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION take_product_file_updates(timestamptz, integer) TO pa_jobs;

            -- The library says "Files updated" on a copy whose files changed after it was got.
            CREATE OR REPLACE VIEW library_entries AS
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
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP VIEW library_entries;
            CREATE VIEW library_entries AS
              SELECT a.id, a.reference, a.product_id, a.buyer_id, a.seller_id, a.product_title, a.price_cents, a.currency,
                     a.license_type, a.license_text, a.source, a.acquired_at, a.revoked_at,
                     p.slug AS product_slug, p.thumbnail_url, p.file_urls,
                     b.username AS buyer_username, b.display_name AS buyer_display_name,
                     s.username AS seller_username, s.display_name AS seller_display_name
              FROM product_acquisitions a
              JOIN products p ON p.id = a.product_id
              LEFT JOIN user_profiles b ON b.user_id = a.buyer_id
              LEFT JOIN user_profiles s ON s.user_id = a.seller_id
              WHERE a.buyer_id = app_current_user_id() OR a.seller_id = app_current_user_id() OR app_is_admin();
            GRANT SELECT ON library_entries TO pa_app;
            DROP FUNCTION take_product_file_updates(timestamptz, integer);
            DELETE FROM notifications WHERE type = 'product_update';
            ALTER TABLE notifications DROP CONSTRAINT ck_notifications_type;
            ALTER TABLE notifications ADD CONSTRAINT ck_notifications_type CHECK (type IN ('like', 'comment', 'reply', 'follow', 'message',
              'order', 'payout', 'mention', 'review', 'custom_field', 'report', 'system'));
            DROP INDEX ix_products_files_untold;
            ALTER TABLE products DROP COLUMN files_announced_at, DROP COLUMN files_updated_at;
            """);
    }
}
