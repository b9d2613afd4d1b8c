using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// <c>services.views_count</c> counts a signed-in viewer once per day, as products' does (decision 141): <c>service_views</c>
    /// keeps one row per service, viewer and day, written only by <c>app_record_service_view</c>, which counts the view when
    /// its row is new. The seller's own views and views of services that are not active do not count. Members read only
    /// their own rows; nobody writes the table directly.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261204010000_ServiceViewsOncePerDay")]
    public partial class ServiceViewsOncePerDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE TABLE service_views (
              service_id uuid NOT NULL REFERENCES services (id) ON DELETE CASCADE,
              viewer_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
              viewed_on date NOT NULL,
              CONSTRAINT pk_service_views PRIMARY KEY (service_id, viewer_id, viewed_on)
            );
            CREATE INDEX ix_service_views_viewer_id ON service_views (viewer_id);
            ALTER TABLE service_views ENABLE ROW LEVEL SECURITY;
            ALTER TABLE service_views FORCE ROW LEVEL SECURITY;
            CREATE POLICY read_own ON service_views FOR SELECT USING (viewer_id = (select app_current_user_id()) OR (select app_is_admin()));
            GRANT SELECT ON service_views TO pa_app;

            -- The caller viewed p_service_id on p_day (the app's clock): true when that made a new view.
            CREATE FUNCTION app_record_service_view(p_service_id uuid, p_day date) RETURNS boolean
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              v_me uuid := app_current_user_id();
              v_rows integer;
            BEGIN
              IF v_me IS NULL THEN RETURN false; END IF;
              INSERT INTO service_views (service_id, viewer_id, viewed_on)
              SELECT s.id, v_me, p_day FROM services s
              WHERE s.id = p_service_id AND s.status = 'active' AND s.seller_id <> v_me
              ON CONFLICT DO NOTHING;
              GET DIAGNOSTICS v_rows = ROW_COUNT;
              IF v_rows > 0 THEN
                -- A view is not an edit: updated_at moves by a microsecond only (set_updated_at keeps a value that moved).
                UPDATE services SET views_count = views_count + 1, updated_at = updated_at + interval '1 microsecond' WHERE id = p_service_id;
              END IF;
              RETURN v_rows > 0;
            END $$;
            REVOKE ALL ON FUNCTION app_record_service_view(uuid, date) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION app_record_service_view(uuid, date) TO pa_app;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP FUNCTION app_record_service_view(uuid, date);
            DROP TABLE service_views;
            """);
    }
}
