using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Messaging (decision 180): one direct conversation per pair (a unique index on the sorted pair), the history index
    /// for upward keyset paging, <c>conversation_members</c> (each participant's folder, read marker and the group's
    /// creator), the member setting <c>user_profiles.message_privacy</c> with <c>messaging_accepts</c>, leaving a group,
    /// and a guard so only a message's sender changes its text.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201100000_Messaging")]
    public partial class Messaging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(UpSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DownSql);

        private const string UpSql = """
            -- THE direct conversation of a pair: concurrent starts meet here (INSERT … ON CONFLICT DO NOTHING).
            CREATE UNIQUE INDEX ux_conversations_direct_pair ON conversations
              (least(participant_ids[1], participant_ids[2]), greatest(participant_ids[1], participant_ids[2])) WHERE NOT is_group;

            -- History loads upward: newest first, keyset on (created_at, id).
            CREATE INDEX ix_messages_conversation_history ON messages (conversation_id, created_at DESC, id DESC);
            -- The sending rate limit counts the sender's recent messages.
            CREATE INDEX ix_messages_sender_created ON messages (sender_id, created_at DESC);

            -- Who may message a member without a request (default: people the member follows).
            ALTER TABLE user_profiles ADD COLUMN message_privacy text NOT NULL DEFAULT 'following'
              CONSTRAINT ck_user_profiles_message_privacy CHECK (message_privacy IN ('everyone', 'following', 'connections'));

            -- Whether p_recipient takes messages from the caller straight into the inbox. Definer: the recipient's profile
            -- may be private to the caller.
            CREATE FUNCTION messaging_accepts(p_recipient uuid) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT coalesce((
                SELECT CASE p.message_privacy
                  WHEN 'everyone' THEN true
                  WHEN 'following' THEN EXISTS (SELECT 1 FROM followers f WHERE f.follower_id = p_recipient AND f.following_id = app_current_user_id())
                  ELSE app_is_connected(p_recipient, app_current_user_id()) END
                FROM user_profiles p WHERE p.user_id = p_recipient AND app_current_user_id() IS NOT NULL), false)
            $$;
            REVOKE ALL ON FUNCTION messaging_accepts(uuid) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION messaging_accepts(uuid) TO pa_app;

            -- Each participant's side of a conversation: its folder, how far they have read, and the group's creator.
            CREATE TABLE conversation_members (
              conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
              user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
              folder text NOT NULL DEFAULT 'inbox' CONSTRAINT ck_conversation_members_folder CHECK (folder IN ('inbox', 'requests', 'ignored')),
              is_creator boolean NOT NULL DEFAULT false,
              last_read_at timestamptz,
              created_at timestamptz NOT NULL DEFAULT now(),
              CONSTRAINT pk_conversation_members PRIMARY KEY (conversation_id, user_id)
            );
            CREATE INDEX ix_conversation_members_user_id ON conversation_members (user_id, folder);
            ALTER TABLE conversation_members ENABLE ROW LEVEL SECURITY;
            ALTER TABLE conversation_members FORCE ROW LEVEL SECURITY;
            -- The participants see each other's markers ("Seen" in a group); a participant adds and removes participants'
            -- rows (the service lets only the creator remove others); each member moves and marks only their own row.
            CREATE POLICY participants_read ON conversation_members FOR SELECT USING (EXISTS (SELECT 1 FROM conversations c WHERE c.id = conversation_id));
            CREATE POLICY participant_adds ON conversation_members FOR INSERT WITH CHECK (
              EXISTS (SELECT 1 FROM conversations c WHERE c.id = conversation_id AND c.participant_ids @> ARRAY[user_id]));
            CREATE POLICY member_updates_own ON conversation_members FOR UPDATE
              USING (user_id = (select app_current_user_id())) WITH CHECK (user_id = (select app_current_user_id()));
            CREATE POLICY participants_remove ON conversation_members FOR DELETE USING (EXISTS (SELECT 1 FROM conversations c WHERE c.id = conversation_id));
            GRANT SELECT, INSERT, UPDATE, DELETE ON conversation_members TO pa_app;

            -- Leaving a group: the caller drops out of participant_ids, which the update policy (participants only) cannot
            -- allow. The creator's role passes to the longest-standing remaining member.
            CREATE FUNCTION leave_conversation(p_conversation uuid) RETURNS boolean
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              me uuid := app_current_user_id();
              was_creator boolean;
            BEGIN
              IF me IS NULL THEN RETURN false; END IF;
              UPDATE conversations SET participant_ids = array_remove(participant_ids, me), updated_at = now()
              WHERE id = p_conversation AND is_group AND participant_ids @> ARRAY[me];
              IF NOT FOUND THEN RETURN false; END IF;
              DELETE FROM conversation_members WHERE conversation_id = p_conversation AND user_id = me RETURNING is_creator INTO was_creator;
              IF was_creator THEN
                UPDATE conversation_members SET is_creator = true
                WHERE (conversation_id, user_id) = (SELECT conversation_id, user_id FROM conversation_members
                                                     WHERE conversation_id = p_conversation ORDER BY created_at, user_id LIMIT 1);
              END IF;
              RETURN true;
            END $$;
            REVOKE ALL ON FUNCTION leave_conversation(uuid) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION leave_conversation(uuid) TO pa_app;

            -- The participants of a conversation the caller takes part in, with the names a conversation shows. Definer:
            -- a participant's profile may be private to the others; taking part in a conversation shows name and avatar.
            CREATE FUNCTION conversation_participants(p_conversation uuid)
            RETURNS TABLE (user_id uuid, username text, display_name text, avatar_url text)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT p.user_id, p.username::text, p.display_name::text, p.avatar_url::text
              FROM conversations c JOIN user_profiles p ON p.user_id = ANY (c.participant_ids)
              WHERE c.id = p_conversation AND c.participant_ids @> ARRAY[app_current_user_id()]
            $$;
            REVOKE ALL ON FUNCTION conversation_participants(uuid) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION conversation_participants(uuid) TO pa_app;

            -- Whether p_user already has an unread "message" notification for the caller's conversation: one is enough.
            CREATE FUNCTION message_notification_pending(p_user uuid, p_conversation uuid) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT EXISTS (
                SELECT 1 FROM notifications n JOIN conversations c ON c.id = n.related_id
                WHERE n.user_id = p_user AND n.type = 'message' AND NOT n.is_read AND n.related_id = p_conversation
                  AND c.participant_ids @> ARRAY[app_current_user_id(), p_user])
            $$;
            REVOKE ALL ON FUNCTION message_notification_pending(uuid, uuid) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION message_notification_pending(uuid, uuid) TO pa_app;

            -- Participants may mark each other's messages read (and hide them for themselves); only the sender changes what
            -- a message says or deletes it for everyone.
            CREATE FUNCTION trg_messages_guard() RETURNS trigger
            LANGUAGE plpgsql AS $$
            DECLARE
              me uuid := app_current_user_id();
            BEGIN
              IF me IS NOT NULL AND me <> OLD.sender_id AND (
                   NEW.content IS DISTINCT FROM OLD.content OR NEW.is_deleted <> OLD.is_deleted
                   OR NEW.sender_id <> OLD.sender_id OR NEW.conversation_id <> OLD.conversation_id) THEN
                RAISE EXCEPTION 'only the sender changes a message' USING ERRCODE = '42501';
              END IF;
              RETURN NEW;
            END $$;
            CREATE TRIGGER trg_messages_guard BEFORE UPDATE ON messages FOR EACH ROW EXECUTE FUNCTION trg_messages_guard();
            """;

        private const string DownSql = """
            DROP TRIGGER trg_messages_guard ON messages;
            DROP FUNCTION trg_messages_guard();
            DROP FUNCTION message_notification_pending(uuid, uuid);
            DROP FUNCTION conversation_participants(uuid);
            DROP FUNCTION leave_conversation(uuid);
            DROP TABLE conversation_members;
            DROP FUNCTION messaging_accepts(uuid);
            ALTER TABLE user_profiles DROP COLUMN message_privacy;
            DROP INDEX ix_messages_sender_created;
            DROP INDEX ix_messages_conversation_history;
            DROP INDEX ux_conversations_direct_pair;
            """;
    }
}
