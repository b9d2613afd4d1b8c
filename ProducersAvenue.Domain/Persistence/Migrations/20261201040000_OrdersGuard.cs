using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// The parties of an order may read and manage it (RLS), but an order's state is not theirs to write: a verified
    /// service review trusts <c>status = 'completed'</c> (decision 170), and money will trust it too. Like the listings'
    /// guards (decision 140), <c>trg_orders_guard</c> lets the application roles place an order only as a new, pending
    /// order of the service's own seller at nothing delivered, and refuses every later change to who, what, how much and
    /// which state — unless the caller is an admin. The order flow (issue 13) moves orders through functions that run as
    /// the owner.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201040000_OrdersGuard")]
    public partial class OrdersGuard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE FUNCTION trg_orders_guard() RETURNS trigger
            LANGUAGE plpgsql SET search_path = public AS $$
            BEGIN
              IF current_user NOT IN ('pa_app', 'pa_jobs') OR app_is_admin() THEN RETURN NEW; END IF;
              IF TG_OP = 'INSERT' THEN
                IF NEW.status <> 'pending' OR NEW.revisions_used <> 0 OR NEW.buyer_approved OR NEW.delivered_at IS NOT NULL
                   OR NEW.completed_at IS NOT NULL OR NEW.cancelled_at IS NOT NULL OR cardinality(NEW.delivery_files) <> 0
                   OR NEW.seller_id IS DISTINCT FROM (SELECT s.seller_id FROM services s WHERE s.id = NEW.service_id) THEN
                  RAISE EXCEPTION 'a new order is pending, of the service''s own seller, with nothing delivered' USING ERRCODE = '42501';
                END IF;
              ELSIF NEW.status IS DISTINCT FROM OLD.status OR NEW.buyer_approved IS DISTINCT FROM OLD.buyer_approved
                 OR NEW.revisions_used IS DISTINCT FROM OLD.revisions_used OR NEW.delivered_at IS DISTINCT FROM OLD.delivered_at
                 OR NEW.completed_at IS DISTINCT FROM OLD.completed_at OR NEW.cancelled_at IS DISTINCT FROM OLD.cancelled_at
                 OR NEW.buyer_id IS DISTINCT FROM OLD.buyer_id OR NEW.seller_id IS DISTINCT FROM OLD.seller_id
                 OR NEW.service_id IS DISTINCT FROM OLD.service_id OR NEW.package_name IS DISTINCT FROM OLD.package_name
                 OR NEW.package_price IS DISTINCT FROM OLD.package_price OR NEW.delivery_days IS DISTINCT FROM OLD.delivery_days
                 OR NEW.revisions_included IS DISTINCT FROM OLD.revisions_included THEN
                RAISE EXCEPTION 'an order''s parties, package and state change only through the order flow' USING ERRCODE = '42501';
              END IF;
              RETURN NEW;
            END $$;
            CREATE TRIGGER trg_orders_guard BEFORE INSERT OR UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION trg_orders_guard();
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP TRIGGER trg_orders_guard ON orders;
            DROP FUNCTION trg_orders_guard();
            """);
    }
}
