using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// A message's email goes only to a member who has not read it after <c>Messaging:EmailAfterMinutes</c>, once per
    /// stretch of unread messages (decision 301): a member reading the conversation live was emailed for every message.
    /// <c>conversation_members.emailed_at</c> is when the member was last emailed about the conversation; the jobs role
    /// takes the members due through <c>take_unread_message_emails</c> — a definer function, so it reads no conversation of
    /// its own and marks each member once however many instances run (SKIP LOCKED).
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261208010000_MessageEmailsWaitForUnread")]
    public partial class MessageEmailsWaitForUnread : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE conversation_members ADD COLUMN emailed_at timestamptz;

            -- The members with another member's message unread since p_due (deleted ones and ones hidden for them aside), not
            -- emailed since they last read the conversation, in their inbox or requests; each is marked emailed at p_now and
            -- returned with how many messages wait and the newest of them. Conversations quiet for two days are left alone.
            CREATE FUNCTION take_unread_message_emails(p_due timestamptz, p_now timestamptz, p_limit integer)
            RETURNS TABLE (conversation_id uuid, user_id uuid, folder text, is_group boolean, group_name text, unread integer,
                           sender_id uuid, sender_username text, content text)
            LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
              WITH due AS (
                SELECT cm.conversation_id, cm.user_id FROM conversation_members cm
                JOIN conversations c ON c.id = cm.conversation_id
                WHERE cm.folder IN ('inbox', 'requests')
                  AND c.last_message_at > p_now - interval '2 days'
                  AND c.last_message_at > coalesce(cm.last_read_at, '-infinity'::timestamptz)
                  AND (cm.emailed_at IS NULL OR cm.emailed_at < cm.last_read_at)
                  AND EXISTS (SELECT 1 FROM messages m
                              WHERE m.conversation_id = cm.conversation_id AND m.sender_id <> cm.user_id AND NOT m.is_deleted
                                AND m.created_at > coalesce(cm.last_read_at, '-infinity'::timestamptz) AND m.created_at <= p_due
                                AND NOT coalesce(m.deleted_for, ARRAY[]::uuid[]) @> ARRAY[cm.user_id])
                ORDER BY c.last_message_at LIMIT p_limit
                FOR UPDATE OF cm SKIP LOCKED
              ), marked AS (
                UPDATE conversation_members cm SET emailed_at = p_now FROM due
                WHERE cm.conversation_id = due.conversation_id AND cm.user_id = due.user_id
                RETURNING cm.conversation_id, cm.user_id, cm.folder, cm.last_read_at
              )
              SELECT mk.conversation_id, mk.user_id, mk.folder::text, c.is_group, c.group_name::text, waiting.unread,
                     newest.sender_id, p.username::text, newest.content::text
              FROM marked mk
              JOIN conversations c ON c.id = mk.conversation_id
              CROSS JOIN LATERAL (
                SELECT count(*)::int AS unread FROM messages m
                WHERE m.conversation_id = mk.conversation_id AND m.sender_id <> mk.user_id AND NOT m.is_deleted
                  AND m.created_at > coalesce(mk.last_read_at, '-infinity'::timestamptz)
                  AND NOT coalesce(m.deleted_for, ARRAY[]::uuid[]) @> ARRAY[mk.user_id]) waiting
              CROSS JOIN LATERAL (
                SELECT m.sender_id, m.content FROM messages m
                WHERE m.conversation_id = mk.conversation_id AND m.sender_id <> mk.user_id AND NOT m.is_deleted
                  AND m.created_at > coalesce(mk.last_read_at, '-infinity'::timestamptz)
                  AND NOT coalesce(m.deleted_for, ARRAY[]::uuid[]) @> ARRAY[mk.user_id]
                ORDER BY m.created_at DESC, m.id DESC LIMIT 1) newest
              LEFT JOIN user_profiles p ON p.user_id = newest.sender_id
            $$;
            REVOKE ALL ON FUNCTION take_unread_message_emails(timestamptz, timestamptz, integer) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION take_unread_message_emails(timestamptz, timestamptz, integer) TO pa_jobs;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP FUNCTION take_unread_message_emails(timestamptz, timestamptz, integer);
            ALTER TABLE conversation_members DROP COLUMN emailed_at;
            """);
    }
}
