using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// <c>products.views_count</c> counts a signed-in viewer once per day (decision 141): <c>product_views</c> keeps one row
    /// per product, viewer and day, written only by <c>app_record_product_view</c>, which counts the view when its row is
    /// new. The seller's own views and views of listings that are not listed do not count. Members read only their own
    /// rows; nobody writes the table directly.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261130202100_ProductViewsOncePerDay")]
    public partial class ProductViewsOncePerDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE TABLE product_views (
              product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
              viewer_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
              viewed_on date NOT NULL,
              CONSTRAINT pk_product_views PRIMARY KEY (product_id, viewer_id, viewed_on)
            );
            CREATE INDEX ix_product_views_viewer_id ON product_views (viewer_id);
            ALTER TABLE product_views ENABLE ROW LEVEL SECURITY;
            ALTER TABLE product_views FORCE ROW LEVEL SECURITY;
            CREATE POLICY read_own ON product_views FOR SELECT USING (viewer_id = (select app_current_user_id()) OR (select app_is_admin()));
            GRANT SELECT ON product_views TO pa_app;

            -- The caller viewed p_product_id on p_day (the app's clock): true when that made a new view.
            CREATE FUNCTION app_record_product_view(p_product_id uuid, p_day date) RETURNS boolean
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              v_me uuid := app_current_user_id();
              v_rows integer;
            BEGIN
              IF v_me IS NULL THEN RETURN false; END IF;
              INSERT INTO product_views (product_id, viewer_id, viewed_on)
              SELECT p.id, v_me, p_day FROM products p
              WHERE p.id = p_product_id AND p.status = 'active' AND p.is_approved AND p.seller_id <> v_me
              ON CONFLICT DO NOTHING;
              GET DIAGNOSTICS v_rows = ROW_COUNT;
              IF v_rows > 0 THEN
                -- A view is not an edit: updated_at moves by a microsecond only (set_updated_at keeps a value that moved).
                UPDATE products SET views_count = views_count + 1, updated_at = updated_at + interval '1 microsecond' WHERE id = p_product_id;
              END IF;
              RETURN v_rows > 0;
            END $$;
            REVOKE ALL ON FUNCTION app_record_product_view(uuid, date) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION app_record_product_view(uuid, date) TO pa_app;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP FUNCTION app_record_product_view(uuid, date);
            DROP TABLE product_views;
            """);
    }
}
