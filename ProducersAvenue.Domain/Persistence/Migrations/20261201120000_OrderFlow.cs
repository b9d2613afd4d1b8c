using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// The order flow (issue 13, decision 200). Orders are placed and moved by the money path (<c>pa_jobs</c>), in the same
    /// unit as the payment, the ledger and the refund, so the guard lets that role through as it lets the owner; admins read
    /// every order. <c>due_at</c> (start + delivery days) and <c>cancellation_proposed_by</c> (one side of a mutual
    /// cancellation) are kept on the order. <c>order_events</c> is the timeline (who, what, when, a note): written by the
    /// money path only, read by the order's parties and admins. A trigger on it keeps the service's completion rate and
    /// response time (decision 201).
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201120000_OrderFlow")]
    public partial class OrderFlow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(UpSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DownSql);

        private const string UpSql = """
            ALTER TABLE orders ADD COLUMN due_at timestamptz, ADD COLUMN cancellation_proposed_by uuid REFERENCES auth.users (id) ON DELETE SET NULL;
            CREATE INDEX ix_orders_due_at ON orders (due_at) WHERE status IN ('in_progress', 'revision_requested');
            CREATE INDEX ix_orders_delivered_at ON orders (delivered_at) WHERE status = 'delivered';

            CREATE OR REPLACE FUNCTION trg_orders_guard() RETURNS trigger
            LANGUAGE plpgsql SET search_path = public AS $$
            BEGIN
              IF current_user NOT IN ('pa_app') OR app_is_admin() THEN RETURN NEW; END IF;
              IF TG_OP = 'INSERT' THEN
                IF NEW.status <> 'pending' OR NEW.revisions_used <> 0 OR NEW.buyer_approved OR NEW.delivered_at IS NOT NULL
                   OR NEW.completed_at IS NOT NULL OR NEW.cancelled_at IS NOT NULL OR cardinality(NEW.delivery_files) <> 0
                   OR NEW.due_at IS NOT NULL OR NEW.cancellation_proposed_by IS NOT NULL
                   OR NEW.seller_id IS DISTINCT FROM (SELECT s.seller_id FROM services s WHERE s.id = NEW.service_id) THEN
                  RAISE EXCEPTION 'a new order is pending, of the service''s own seller, with nothing delivered' USING ERRCODE = '42501';
                END IF;
              ELSIF NEW.status IS DISTINCT FROM OLD.status OR NEW.buyer_approved IS DISTINCT FROM OLD.buyer_approved
                 OR NEW.revisions_used IS DISTINCT FROM OLD.revisions_used OR NEW.delivered_at IS DISTINCT FROM OLD.delivered_at
                 OR NEW.completed_at IS DISTINCT FROM OLD.completed_at OR NEW.cancelled_at IS DISTINCT FROM OLD.cancelled_at
                 OR NEW.buyer_id IS DISTINCT FROM OLD.buyer_id OR NEW.seller_id IS DISTINCT FROM OLD.seller_id
                 OR NEW.service_id IS DISTINCT FROM OLD.service_id OR NEW.package_name IS DISTINCT FROM OLD.package_name
                 OR NEW.package_price IS DISTINCT FROM OLD.package_price OR NEW.delivery_days IS DISTINCT FROM OLD.delivery_days
                 OR NEW.revisions_included IS DISTINCT FROM OLD.revisions_included OR NEW.due_at IS DISTINCT FROM OLD.due_at
                 OR NEW.cancellation_proposed_by IS DISTINCT FROM OLD.cancellation_proposed_by THEN
                RAISE EXCEPTION 'an order''s parties, package and state change only through the order flow' USING ERRCODE = '42501';
              END IF;
              RETURN NEW;
            END $$;

            CREATE POLICY admins_read ON orders FOR SELECT USING ((select app_is_admin()));
            CREATE POLICY money_reads ON orders FOR SELECT TO pa_jobs USING (true);
            CREATE POLICY money_places ON orders FOR INSERT TO pa_jobs WITH CHECK (true);
            CREATE POLICY money_moves ON orders FOR UPDATE TO pa_jobs USING (true) WITH CHECK (true);
            GRANT SELECT, INSERT, UPDATE ON orders TO pa_jobs;

            -- Who the parties of an order are, for its notifications and emails (the money path reads no profile or account).
            CREATE FUNCTION order_parties(p_order uuid)
            RETURNS TABLE (buyer_username text, buyer_email text, seller_username text, seller_email text, service_title text)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT bp.username::text, bu.email::text, sp.username::text, su.email::text, s.title::text
              FROM orders o JOIN services s ON s.id = o.service_id
              LEFT JOIN user_profiles bp ON bp.user_id = o.buyer_id LEFT JOIN auth.users bu ON bu.id = o.buyer_id
              LEFT JOIN user_profiles sp ON sp.user_id = o.seller_id LEFT JOIN auth.users su ON su.id = o.seller_id
              WHERE o.id = p_order
            $$;
            REVOKE ALL ON FUNCTION order_parties(uuid) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION order_parties(uuid) TO pa_jobs;

            CREATE TABLE order_events (
              id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
              order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
              actor_id uuid REFERENCES auth.users (id) ON DELETE SET NULL,
              kind text NOT NULL CONSTRAINT ck_order_events_kind CHECK (kind IN ('placed', 'started', 'delivered', 'revision_requested',
                'accepted', 'auto_completed', 'cancellation_proposed', 'cancelled', 'refunded', 'reminded')),
              note text CONSTRAINT ck_order_events_note_length CHECK (char_length(note) <= 10000),
              created_at timestamptz NOT NULL DEFAULT now(),
              -- The order of lines written at one instant (a cancellation and its refund).
              seq bigint GENERATED ALWAYS AS IDENTITY
            );
            CREATE INDEX ix_order_events_order_id ON order_events (order_id, created_at, seq);
            ALTER TABLE order_events ENABLE ROW LEVEL SECURITY;
            ALTER TABLE order_events FORCE ROW LEVEL SECURITY;
            -- The parties of the order (the orders policy decides who sees the order) and admins read its timeline.
            CREATE POLICY parties_read ON order_events FOR SELECT USING (
              EXISTS (SELECT 1 FROM orders o WHERE o.id = order_id) OR (select app_is_admin()));
            CREATE POLICY money_reads ON order_events FOR SELECT TO pa_jobs USING (true);
            CREATE POLICY money_writes ON order_events FOR INSERT TO pa_jobs WITH CHECK (true);
            GRANT SELECT ON order_events TO pa_app;
            GRANT SELECT, INSERT ON order_events TO pa_jobs;

            -- A service's completion rate (completed among finished orders) and response time (hours from order to start).
            CREATE FUNCTION trg_order_events_service_stats() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              v_service uuid;
            BEGIN
              IF NEW.kind NOT IN ('started', 'accepted', 'auto_completed', 'refunded', 'cancelled') THEN RETURN NULL; END IF;
              SELECT service_id INTO v_service FROM orders WHERE id = NEW.order_id;
              UPDATE services s SET
                completion_rate = (SELECT round(100.0 * count(*) FILTER (WHERE o.status = 'completed')
                                                / nullif(count(*) FILTER (WHERE o.status IN ('completed', 'cancelled', 'refunded')), 0), 2)
                                   FROM orders o WHERE o.service_id = v_service),
                response_time_hours = (SELECT round(avg(extract(epoch FROM first_start.at - o.created_at) / 3600.0))::int
                                       FROM orders o
                                       JOIN LATERAL (SELECT min(e.created_at) AS at FROM order_events e
                                                     WHERE e.order_id = o.id AND e.kind = 'started') first_start ON first_start.at IS NOT NULL
                                       WHERE o.service_id = v_service)
              WHERE s.id = v_service;
              RETURN NULL;
            END $$;
            REVOKE ALL ON FUNCTION trg_order_events_service_stats() FROM PUBLIC;
            CREATE TRIGGER trg_order_events_service_stats AFTER INSERT ON order_events
              FOR EACH ROW EXECUTE FUNCTION trg_order_events_service_stats();
            """;

        private const string DownSql = """
            DROP TRIGGER trg_order_events_service_stats ON order_events;
            DROP FUNCTION trg_order_events_service_stats();
            DROP TABLE order_events;
            DROP FUNCTION order_parties(uuid);
            REVOKE SELECT, INSERT, UPDATE ON orders FROM pa_jobs;
            DROP POLICY money_moves ON orders;
            DROP POLICY money_places ON orders;
            DROP POLICY money_reads ON orders;
            DROP POLICY admins_read ON orders;
            CREATE OR REPLACE FUNCTION trg_orders_guard() RETURNS trigger
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
            DROP INDEX ix_orders_delivered_at;
            DROP INDEX ix_orders_due_at;
            ALTER TABLE orders DROP COLUMN cancellation_proposed_by, DROP COLUMN due_at;
            """;
    }
}
