using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Notification preferences and digests (decision 210): <c>notification_preferences</c> (a member's choices that differ
    /// from the defaults, one row per type), <c>notification_digest_items</c> (chatty events waiting for the member's next
    /// digest email), and two definer functions for the notifier, which writes as the actor: the recipients' choices for
    /// one type, and queuing an email to a member without learning their address.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201122000_NotificationPreferences")]
    public partial class NotificationPreferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(UpSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DownSql);

        private const string UpSql = """
            -- A member's choice per notification type; no row means the type's default (NotificationTypeCatalog).
            CREATE TABLE notification_preferences (
              user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
              type text NOT NULL CONSTRAINT ck_notification_preferences_type CHECK (type ~ '^[a-z][a-z_]*$'),
              in_app boolean NOT NULL,
              email boolean NOT NULL,
              updated_at timestamptz NOT NULL DEFAULT now(),
              CONSTRAINT pk_notification_preferences PRIMARY KEY (user_id, type)
            );
            ALTER TABLE notification_preferences ENABLE ROW LEVEL SECURITY;
            ALTER TABLE notification_preferences FORCE ROW LEVEL SECURITY;
            -- Members manage their own rows. The signed unsubscribe link works without signing in: it turns one type's email
            -- off as the jobs role, after the service has checked the signature (decision 212).
            CREATE POLICY owner_reads ON notification_preferences FOR SELECT USING (user_id = (select app_current_user_id()));
            CREATE POLICY owner_adds ON notification_preferences FOR INSERT WITH CHECK (user_id = (select app_current_user_id()));
            CREATE POLICY owner_changes ON notification_preferences FOR UPDATE
              USING (user_id = (select app_current_user_id())) WITH CHECK (user_id = (select app_current_user_id()));
            CREATE POLICY owner_deletes ON notification_preferences FOR DELETE USING (user_id = (select app_current_user_id()));
            CREATE POLICY unsubscribe_reads ON notification_preferences FOR SELECT TO pa_jobs USING (true);
            CREATE POLICY unsubscribe_adds ON notification_preferences FOR INSERT TO pa_jobs WITH CHECK (true);
            CREATE POLICY unsubscribe_changes ON notification_preferences FOR UPDATE TO pa_jobs USING (true) WITH CHECK (true);
            GRANT SELECT, INSERT, UPDATE, DELETE ON notification_preferences TO pa_app;
            GRANT SELECT, INSERT, UPDATE ON notification_preferences TO pa_jobs;

            -- Chatty events (likes, follows) waiting for the recipient's next digest email; the digest job sends and deletes them.
            CREATE TABLE notification_digest_items (
              id uuid NOT NULL CONSTRAINT pk_notification_digest_items PRIMARY KEY,
              user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
              type text NOT NULL CONSTRAINT ck_notification_digest_items_type CHECK (type ~ '^[a-z][a-z_]*$'),
              title text NOT NULL,
              link_url text,
              created_at timestamptz NOT NULL DEFAULT now()
            );
            CREATE INDEX ix_notification_digest_items_user_id ON notification_digest_items (user_id, created_at, id);
            ALTER TABLE notification_digest_items ENABLE ROW LEVEL SECURITY;
            ALTER TABLE notification_digest_items FORCE ROW LEVEL SECURITY;
            -- Like notifications: the recipient reads their own; a signed-in member queues one for someone else (their own
            -- action), the jobs role too (the money path notifies as jobs); only the digest job sends and removes them.
            CREATE POLICY owner_reads ON notification_digest_items FOR SELECT USING (user_id = (select app_current_user_id()));
            CREATE POLICY actor_queues ON notification_digest_items FOR INSERT TO pa_app WITH CHECK (
              (select app_current_user_id()) IS NOT NULL AND user_id <> (select app_current_user_id()));
            CREATE POLICY jobs_read ON notification_digest_items FOR SELECT TO pa_jobs USING (true);
            CREATE POLICY jobs_queue ON notification_digest_items FOR INSERT TO pa_jobs WITH CHECK (true);
            CREATE POLICY jobs_send ON notification_digest_items FOR DELETE TO pa_jobs USING (true);
            GRANT SELECT, INSERT ON notification_digest_items TO pa_app;
            GRANT SELECT, INSERT, DELETE ON notification_digest_items TO pa_jobs;

            -- The recipients' own choices for one type (rows only; the defaults live in C#). Definer: the notifier writes as
            -- the actor, who may not read other members' preferences.
            CREATE FUNCTION notification_preferences_for(p_users uuid[], p_type text)
            RETURNS TABLE (user_id uuid, in_app boolean, email boolean)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT p.user_id, p.in_app, p.email FROM notification_preferences p WHERE p.user_id = ANY (p_users) AND p.type = p_type
            $$;
            REVOKE ALL ON FUNCTION notification_preferences_for(uuid[], text) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION notification_preferences_for(uuid[], text) TO pa_app, pa_jobs;

            -- Queues an email to a member's confirmed address; the caller never learns the address. Definer: auth.users is
            -- readable by its owner only (decision 080). Returns whether an email was queued.
            CREATE FUNCTION queue_member_email(p_id uuid, p_recipient uuid, p_subject text, p_html text, p_created_at timestamptz)
            RETURNS boolean
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              v_address text;
            BEGIN
              SELECT u.email INTO v_address FROM auth.users u WHERE u.id = p_recipient AND u.email_confirmed AND u.email IS NOT NULL;
              IF v_address IS NULL THEN RETURN false; END IF;
              INSERT INTO email_outbox (id, to_address, subject, html_body, status, attempts, created_at)
              VALUES (p_id, v_address, p_subject, p_html, 'queued', 0, p_created_at);
              RETURN true;
            END $$;
            REVOKE ALL ON FUNCTION queue_member_email(uuid, uuid, text, text, timestamptz) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION queue_member_email(uuid, uuid, text, text, timestamptz) TO pa_app, pa_jobs;
            """;

        private const string DownSql = """
            DROP FUNCTION queue_member_email(uuid, uuid, text, text, timestamptz);
            DROP FUNCTION notification_preferences_for(uuid[], text);
            DROP TABLE notification_digest_items;
            DROP TABLE notification_preferences;
            """;
    }
}
