using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Notification emails carry <c>List-Unsubscribe</c> and <c>List-Unsubscribe-Post: List-Unsubscribe=One-Click</c>
    /// (RFC 2369, RFC 8058; decision 279): the outbox keeps the signed unsubscribe link an email's headers name
    /// (<c>email_outbox.list_unsubscribe_url</c>, null for account emails), and <c>queue_member_email</c> takes it.
    /// The five-argument function is replaced by one with the link as a sixth argument that defaults to null.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261207182500_EmailsNameTheirUnsubscribeLink")]
    public partial class EmailsNameTheirUnsubscribeLink : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE email_outbox ADD COLUMN list_unsubscribe_url varchar(1000);

            DROP FUNCTION queue_member_email(uuid, uuid, text, text, timestamptz);
            -- Queues an email to a member's confirmed address; the caller never learns the address. Definer: auth.users is
            -- readable by its owner only (decision 080). Returns whether an email was queued.
            CREATE FUNCTION queue_member_email(p_id uuid, p_recipient uuid, p_subject text, p_html text, p_created_at timestamptz,
                                               p_list_unsubscribe_url text DEFAULT NULL)
            RETURNS boolean
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              v_address text;
            BEGIN
              SELECT u.email INTO v_address FROM auth.users u WHERE u.id = p_recipient AND u.email_confirmed AND u.email IS NOT NULL;
              IF v_address IS NULL THEN RETURN false; END IF;
              INSERT INTO email_outbox (id, to_address, subject, html_body, status, attempts, created_at, list_unsubscribe_url)
              VALUES (p_id, v_address, p_subject, p_html, 'queued', 0, p_created_at, p_list_unsubscribe_url);
              RETURN true;
            END $$;
            REVOKE ALL ON FUNCTION queue_member_email(uuid, uuid, text, text, timestamptz, text) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION queue_member_email(uuid, uuid, text, text, timestamptz, text) TO pa_app, pa_jobs;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP FUNCTION queue_member_email(uuid, uuid, text, text, timestamptz, text);
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
            ALTER TABLE email_outbox DROP COLUMN list_unsubscribe_url;
            """);
    }
}
