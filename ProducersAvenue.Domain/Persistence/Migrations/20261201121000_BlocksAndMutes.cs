using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Block and mute (decision 205): <c>user_blocks</c> and <c>user_mutes</c> (own rows only), the block's rules where
    /// either member acts — <c>app_block_partners()</c> (both directions, definer: the blocked member cannot read the
    /// blocker's row) behind <c>app_blocked_with</c>, the posts policy's hidden authors, the follow policy and the
    /// direct-message policy — a trigger that ends the follows between the two, and <c>app_is_muted</c> for the feeds.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201121000_BlocksAndMutes")]
    public partial class BlocksAndMutes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(UpSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DownSql);

        private const string UpSql = """
            CREATE TABLE user_blocks (
              blocker_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
              blocked_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
              created_at timestamptz NOT NULL DEFAULT now(),
              CONSTRAINT pk_user_blocks PRIMARY KEY (blocker_id, blocked_id),
              CONSTRAINT ck_user_blocks_not_self CHECK (blocker_id <> blocked_id)
            );
            CREATE INDEX ix_user_blocks_blocked_id ON user_blocks (blocked_id, blocker_id);
            ALTER TABLE user_blocks ENABLE ROW LEVEL SECURITY;
            ALTER TABLE user_blocks FORCE ROW LEVEL SECURITY;
            -- The blocker sees and manages their own blocks (admins read them); the blocked member never reads the row.
            CREATE POLICY blocker_reads ON user_blocks FOR SELECT USING (blocker_id = (select app_current_user_id()) OR (select app_is_admin()));
            CREATE POLICY blocker_blocks ON user_blocks FOR INSERT WITH CHECK (blocker_id = (select app_current_user_id()));
            CREATE POLICY blocker_unblocks ON user_blocks FOR DELETE USING (blocker_id = (select app_current_user_id()));
            GRANT SELECT, INSERT, DELETE ON user_blocks TO pa_app;

            CREATE TABLE user_mutes (
              muter_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
              muted_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
              created_at timestamptz NOT NULL DEFAULT now(),
              CONSTRAINT pk_user_mutes PRIMARY KEY (muter_id, muted_id),
              CONSTRAINT ck_user_mutes_not_self CHECK (muter_id <> muted_id)
            );
            CREATE INDEX ix_user_mutes_muted_id ON user_mutes (muted_id);
            ALTER TABLE user_mutes ENABLE ROW LEVEL SECURITY;
            ALTER TABLE user_mutes FORCE ROW LEVEL SECURITY;
            -- Silent: only the muter ever reads a mute.
            CREATE POLICY muter_reads ON user_mutes FOR SELECT USING (muter_id = (select app_current_user_id()));
            CREATE POLICY muter_mutes ON user_mutes FOR INSERT WITH CHECK (muter_id = (select app_current_user_id()));
            CREATE POLICY muter_unmutes ON user_mutes FOR DELETE USING (muter_id = (select app_current_user_id()));
            GRANT SELECT, INSERT, DELETE ON user_mutes TO pa_app;

            -- THE block rule: the members the caller blocked and the members who blocked the caller. Definer: the second half
            -- reads rows the caller may not see. It answers only about the caller, never about two other members.
            CREATE FUNCTION app_block_partners() RETURNS SETOF uuid
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public ROWS 10 AS $$
              SELECT blocked_id FROM user_blocks WHERE blocker_id = app_current_user_id()
              UNION ALL
              SELECT blocker_id FROM user_blocks WHERE blocked_id = app_current_user_id()
            $$;
            REVOKE ALL ON FUNCTION app_block_partners() FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION app_block_partners() TO pa_app;

            -- Whether the caller and p_other have a block between them, either way.
            CREATE FUNCTION app_blocked_with(p_other uuid) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT EXISTS (SELECT 1 FROM app_block_partners() b WHERE b = p_other)
            $$;
            REVOKE ALL ON FUNCTION app_blocked_with(uuid) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION app_blocked_with(uuid) TO pa_app;

            -- Whether the caller's direct conversation p_conversation is with a block partner: it is read-only for both.
            CREATE FUNCTION app_conversation_blocked(p_conversation uuid) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT EXISTS (
                SELECT 1 FROM conversations c CROSS JOIN LATERAL unnest(c.participant_ids) AS u(id)
                WHERE c.id = p_conversation AND NOT c.is_group AND c.participant_ids @> ARRAY[app_current_user_id()]
                  AND u.id <> app_current_user_id() AND app_blocked_with(u.id))
            $$;
            REVOKE ALL ON FUNCTION app_conversation_blocked(uuid) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION app_conversation_blocked(uuid) TO pa_app;

            -- Whether the caller muted p_author. Not definer (the caller reads their own mutes), so queries inline it.
            CREATE FUNCTION app_is_muted(p_author uuid) RETURNS boolean
            LANGUAGE sql STABLE PARALLEL SAFE AS $$
              SELECT EXISTS (SELECT 1 FROM public.user_mutes WHERE muter_id = public.app_current_user_id() AND muted_id = p_author)
            $$;
            REVOKE ALL ON FUNCTION app_is_muted(uuid) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION app_is_muted(uuid) TO pa_app;

            -- The caller's blocks and mutes with the names the settings list shows. Definer: a blocked member's profile may be
            -- private to the blocker (the block ended any connection); the list shows only the caller's own rows.
            CREATE FUNCTION my_blocks_and_mutes()
            RETURNS TABLE (kind text, user_id uuid, username text, display_name text, avatar_url text, created_at timestamptz)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT 'block', b.blocked_id, p.username::text, p.display_name::text, p.avatar_url::text, b.created_at
              FROM user_blocks b JOIN user_profiles p ON p.user_id = b.blocked_id WHERE b.blocker_id = app_current_user_id()
              UNION ALL
              SELECT 'mute', m.muted_id, p.username::text, p.display_name::text, p.avatar_url::text, m.created_at
              FROM user_mutes m JOIN user_profiles p ON p.user_id = m.muted_id WHERE m.muter_id = app_current_user_id()
            $$;
            REVOKE ALL ON FUNCTION my_blocks_and_mutes() FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION my_blocks_and_mutes() TO pa_app;

            -- A block ends the follows between the two, both ways (definer: the other member's follow is theirs); the counter
            -- triggers on followers keep the counts right.
            CREATE FUNCTION trg_user_blocks_end_follows() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            BEGIN
              DELETE FROM followers
              WHERE (follower_id = NEW.blocker_id AND following_id = NEW.blocked_id)
                 OR (follower_id = NEW.blocked_id AND following_id = NEW.blocker_id);
              RETURN NULL;
            END $$;
            CREATE TRIGGER trg_user_blocks_end_follows AFTER INSERT ON user_blocks FOR EACH ROW EXECUTE FUNCTION trg_user_blocks_end_follows();

            -- Nobody follows a block partner, whichever of the two blocked.
            DROP POLICY follow_as_self ON followers;
            CREATE POLICY follow_as_self ON followers FOR INSERT WITH CHECK (
              follower_id = (select app_current_user_id()) AND NOT app_blocked_with(following_id));

            -- A direct conversation with a block partner takes no new messages (groups are not affected).
            DROP POLICY participant_sends ON messages;
            CREATE POLICY participant_sends ON messages FOR INSERT WITH CHECK (
              sender_id = (select app_current_user_id()) AND EXISTS (SELECT 1 FROM conversations c WHERE c.id = conversation_id)
              AND NOT app_conversation_blocked(conversation_id));

            -- Block partners' posts are hidden both ways, by the posts policy's set (and so their comments threads with them).
            CREATE OR REPLACE FUNCTION app_hidden_authors() RETURNS SETOF uuid
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public ROWS 60 AS $$
            DECLARE
              v_me uuid := app_current_user_id();
            BEGIN
              IF app_is_admin() THEN RETURN; END IF;
              IF v_me IS NULL THEN
                RETURN QUERY SELECT r.user_id FROM user_profiles r WHERE r.is_banned OR r.profile_visibility <> 'public';
                RETURN;
              END IF;
              RETURN QUERY
                SELECT r.user_id FROM user_profiles r
                WHERE r.profile_visibility = 'private' AND r.user_id <> v_me AND NOT (SELECT app_is_connected(v_me, r.user_id))
                UNION ALL
                SELECT b.user_id FROM user_profiles b WHERE b.is_banned
                UNION ALL
                SELECT app_block_partners();
            END $$;
            """;

        private const string DownSql = """
            CREATE OR REPLACE FUNCTION app_hidden_authors() RETURNS SETOF uuid
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public ROWS 60 AS $$
            DECLARE
              v_me uuid := app_current_user_id();
            BEGIN
              IF app_is_admin() THEN RETURN; END IF;
              IF v_me IS NULL THEN
                RETURN QUERY SELECT r.user_id FROM user_profiles r WHERE r.is_banned OR r.profile_visibility <> 'public';
                RETURN;
              END IF;
              RETURN QUERY
                SELECT r.user_id FROM user_profiles r
                WHERE r.profile_visibility = 'private' AND r.user_id <> v_me AND NOT (SELECT app_is_connected(v_me, r.user_id))
                UNION ALL
                SELECT b.user_id FROM user_profiles b WHERE b.is_banned;
            END $$;
            DROP POLICY participant_sends ON messages;
            CREATE POLICY participant_sends ON messages FOR INSERT WITH CHECK (
              sender_id = (select app_current_user_id()) AND EXISTS (SELECT 1 FROM conversations c WHERE c.id = conversation_id));
            DROP POLICY follow_as_self ON followers;
            CREATE POLICY follow_as_self ON followers FOR INSERT WITH CHECK (follower_id = (select app_current_user_id()));
            DROP TRIGGER trg_user_blocks_end_follows ON user_blocks;
            DROP FUNCTION trg_user_blocks_end_follows();
            DROP FUNCTION my_blocks_and_mutes();
            DROP FUNCTION app_is_muted(uuid);
            DROP FUNCTION app_conversation_blocked(uuid);
            DROP FUNCTION app_blocked_with(uuid);
            DROP FUNCTION app_block_partners();
            DROP TABLE user_mutes;
            DROP TABLE user_blocks;
            """;
    }
}
