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
    /// holds only the products waiting to be told.
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
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
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
