namespace ProducersAvenue.Domain.Persistence.Migrations;

// Fixed when written (docs/decisions/012): a later change to these functions is a new migration.
public partial class DocumentCountersAndDefaults
{
    /// <summary>The denormalized values the schema document names that InitialSchema did not keep yet (decision 001).</summary>
    private const string CountersSql = """
        -- orders → services.orders_count (every order placed for the service)
        DROP TRIGGER IF EXISTS trg_orders_count ON orders;
        CREATE TRIGGER trg_orders_count AFTER INSERT OR DELETE ON orders
          FOR EACH ROW EXECUTE FUNCTION trg_child_count('services', 'orders_count', 'service_id');

        -- webinar_registrations → webinars.attendees_count (registrations that attended: "actual live count")
        CREATE OR REPLACE FUNCTION trg_webinar_attendees_count() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        DECLARE
          was boolean := TG_OP <> 'INSERT' AND OLD.attended;
          now_ boolean := TG_OP <> 'DELETE' AND NEW.attended;
        BEGIN
          IF now_ AND NOT was THEN
            UPDATE webinars SET attendees_count = attendees_count + 1 WHERE id = NEW.webinar_id;
          ELSIF was AND NOT now_ THEN
            UPDATE webinars SET attendees_count = greatest(attendees_count - 1, 0) WHERE id = OLD.webinar_id;
          END IF;
          RETURN NULL;
        END $$;
        DROP TRIGGER IF EXISTS trg_webinar_attendees_count ON webinar_registrations;
        CREATE TRIGGER trg_webinar_attendees_count AFTER INSERT OR DELETE OR UPDATE OF attended ON webinar_registrations
          FOR EACH ROW EXECUTE FUNCTION trg_webinar_attendees_count();

        -- messages → conversations.last_message_at / last_message_preview (first 100 characters of the newest message;
        -- a message deleted for everyone previews as 'Message deleted'). An insert of a newer message sets them directly;
        -- an edit, a delete-for-everyone or a removed row recomputes them from the newest remaining message.
        CREATE OR REPLACE FUNCTION message_preview(p_content text, p_is_deleted boolean) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT CASE WHEN p_is_deleted THEN 'Message deleted' ELSE left(coalesce(p_content, ''), 100) END
        $$;

        CREATE OR REPLACE FUNCTION refresh_conversation_last_message(p_conversation uuid) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        BEGIN
          UPDATE conversations SET (last_message_at, last_message_preview) = (
            SELECT created_at, message_preview(content, is_deleted) FROM messages
            WHERE conversation_id = p_conversation ORDER BY created_at DESC, id DESC LIMIT 1)
          WHERE id = p_conversation;
        END $$;
        REVOKE ALL ON FUNCTION refresh_conversation_last_message(uuid) FROM PUBLIC;

        CREATE OR REPLACE FUNCTION trg_conversation_last_message() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            UPDATE conversations SET last_message_at = NEW.created_at, last_message_preview = message_preview(NEW.content, NEW.is_deleted)
            WHERE id = NEW.conversation_id AND (last_message_at IS NULL OR last_message_at <= NEW.created_at);
          ELSE
            PERFORM refresh_conversation_last_message(OLD.conversation_id);
          END IF;
          RETURN NULL;
        END $$;
        DROP TRIGGER IF EXISTS trg_conversation_last_message ON messages;
        CREATE TRIGGER trg_conversation_last_message AFTER INSERT OR DELETE OR UPDATE OF content, is_deleted ON messages
          FOR EACH ROW EXECUTE FUNCTION trg_conversation_last_message();

        -- reports → report_abuse_tracking.false_report_count of the reporter when an admin judges a report false
        -- (and back when that judgement is undone). The ban that follows from the count is the moderation feature's.
        CREATE OR REPLACE FUNCTION trg_false_report_count() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        DECLARE
          was boolean := TG_OP <> 'INSERT' AND OLD.status = 'false_report';
          now_ boolean := TG_OP <> 'DELETE' AND NEW.status = 'false_report';
        BEGIN
          IF now_ AND NOT was THEN
            INSERT INTO report_abuse_tracking (user_id, false_report_count) VALUES (NEW.reporter_id, 1)
            ON CONFLICT (user_id) DO UPDATE SET false_report_count = report_abuse_tracking.false_report_count + 1;
          ELSIF was AND NOT now_ THEN
            UPDATE report_abuse_tracking SET false_report_count = greatest(false_report_count - 1, 0) WHERE user_id = OLD.reporter_id;
          END IF;
          RETURN NULL;
        END $$;
        DROP TRIGGER IF EXISTS trg_false_report_count ON reports;
        CREATE TRIGGER trg_false_report_count AFTER INSERT OR DELETE OR UPDATE OF status ON reports
          FOR EACH ROW EXECUTE FUNCTION trg_false_report_count();
        """;

    private const string DropCountersSql = """
        DROP TRIGGER IF EXISTS trg_false_report_count ON reports;
        DROP FUNCTION IF EXISTS trg_false_report_count();
        DROP TRIGGER IF EXISTS trg_conversation_last_message ON messages;
        DROP FUNCTION IF EXISTS trg_conversation_last_message();
        DROP FUNCTION IF EXISTS refresh_conversation_last_message(uuid);
        DROP FUNCTION IF EXISTS message_preview(text, boolean);
        DROP TRIGGER IF EXISTS trg_webinar_attendees_count ON webinar_registrations;
        DROP FUNCTION IF EXISTS trg_webinar_attendees_count();
        DROP TRIGGER IF EXISTS trg_orders_count ON orders;
        """;
}
