using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Row Level Security that costs little (decision 081, issue 7 "Fast policies"): a profile's read policy checks a
    /// private profile row by row instead of building the set of hidden members; the set of hidden authors the posts policy
    /// tests is one query over a partial index; <c>app_is_admin()</c> keeps its plan; and the notification list reads the
    /// view <c>notification_list</c> (the caller's own notifications with their actors' cards). Same visibility as before.
    /// </summary>
    public partial class FastPolicies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(UpSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DownSql);

        private const string UpSql = """
            -- Private profiles, the ones a member's hidden set is made of: read from the index alone.
            CREATE INDEX ix_user_profiles_private ON user_profiles (user_id) WHERE profile_visibility = 'private';

            -- PL/pgSQL keeps its plan per connection; the SQL version (not inlinable: it had a SET clause) was planned at every call.
            CREATE OR REPLACE FUNCTION app_is_admin() RETURNS boolean
            LANGUAGE plpgsql STABLE AS $$
            BEGIN
              RETURN public.app_current_role() IN ('admin', 'super_admin');
            END $$;

            -- Whether the caller may read this private profile: their own, a mutual connection's, or any as an admin.
            -- The profile policy calls it only for private rows, which are few; each call is two probes of the followers key.
            CREATE FUNCTION app_sees_private_profile(p_user_id uuid) RETURNS boolean
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              v_me uuid := app_current_user_id();
            BEGIN
              IF v_me IS NULL THEN RETURN false; END IF;
              IF p_user_id = v_me THEN RETURN true; END IF;
              RETURN (EXISTS (SELECT 1 FROM followers f WHERE f.follower_id = v_me AND f.following_id = p_user_id)
                  AND EXISTS (SELECT 1 FROM followers f WHERE f.follower_id = p_user_id AND f.following_id = v_me))
                  OR app_is_admin();
            END $$;
            REVOKE ALL ON FUNCTION app_sees_private_profile(uuid) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION app_sees_private_profile(uuid) TO pa_app, pa_jobs;

            -- Profiles by profile_visibility: public to all, members_only to signed-in callers, private as above.
            DROP POLICY read_visible ON user_profiles;
            CREATE POLICY read_visible ON user_profiles FOR SELECT USING (
              profile_visibility = 'public'
              OR (profile_visibility = 'members_only' AND (select app_current_user_id()) IS NOT NULL)
              OR (profile_visibility = 'private' AND app_sees_private_profile(user_id)));

            -- Authors whose posts the caller may not see, built once per statement for the posts policy's hashed test: banned
            -- members, and the profiles the caller may not read (anonymous: every one that is not public; members: private
            -- ones except their own and their mutual connections'). One query: the private profiles from
            -- ix_user_profiles_private, "do I follow them" as one hashed set of the caller's follows, and "do they follow me"
            -- probed (LIMIT 1: never hashed) only for those. A generic plan that hashed all of the caller's followers cost 8 ms.
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
                WHERE r.profile_visibility = 'private' AND r.user_id <> v_me
                  AND NOT (r.user_id IN (SELECT f.following_id FROM followers f WHERE f.follower_id = v_me)
                       AND (SELECT 1 FROM followers f WHERE f.follower_id = r.user_id AND f.following_id = v_me LIMIT 1) IS NOT NULL)
                UNION ALL
                SELECT b.user_id FROM user_profiles b WHERE b.is_banned;
            END $$;

            -- No policy uses the hidden-members set any more.
            DROP FUNCTION app_hidden_members();

            -- The bell: the caller's own notifications with each actor's username and avatar. The notification names its actor
            -- already, so the card is read past the profile policy: the view's owner (pa_owner, BYPASSRLS) reads the tables,
            -- and the view's own filter is the caller. Not a security_barrier view: that would stop the ORDER BY / LIMIT from
            -- reaching the (user_id, created_at, id) index, and a session that can send SQL as pa_app can name any caller anyway.
            CREATE VIEW notification_list AS
              SELECT n.id, n.user_id, n.type, n.title, n.message, n.link_url, n.is_read, n.created_at,
                     a.username AS actor_username, a.avatar_url AS actor_avatar_url
              FROM notifications n LEFT JOIN user_profiles a ON a.user_id = n.actor_id
              WHERE n.user_id = app_current_user_id();
            GRANT SELECT ON notification_list TO pa_app;
            """;

        private const string DownSql = """
            DROP VIEW notification_list;

            CREATE FUNCTION app_hidden_members() RETURNS SETOF uuid
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public ROWS 50 AS $$
            DECLARE
              v_me uuid := app_current_user_id();
            BEGIN
              IF app_is_admin() THEN RETURN; END IF;
              RETURN QUERY
                SELECT r.user_id FROM user_profiles r
                WHERE r.profile_visibility <> 'public' AND r.user_id IS DISTINCT FROM v_me
                  AND (v_me IS NULL OR (r.profile_visibility = 'private' AND NOT (
                        EXISTS (SELECT 1 FROM followers f WHERE f.follower_id = v_me AND f.following_id = r.user_id)
                    AND EXISTS (SELECT 1 FROM followers f WHERE f.follower_id = r.user_id AND f.following_id = v_me))));
            END $$;
            REVOKE ALL ON FUNCTION app_hidden_members() FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION app_hidden_members() TO pa_app, pa_jobs;

            CREATE OR REPLACE FUNCTION app_hidden_authors() RETURNS SETOF uuid
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public ROWS 60 AS $$
            BEGIN
              RETURN QUERY SELECT app_hidden_members() UNION ALL SELECT app_banned_members();
            END $$;

            DROP POLICY read_visible ON user_profiles;
            CREATE POLICY read_visible ON user_profiles FOR SELECT USING (
              profile_visibility = 'public' OR user_id NOT IN (SELECT app_hidden_members()));
            DROP FUNCTION app_sees_private_profile(uuid);

            CREATE OR REPLACE FUNCTION app_is_admin() RETURNS boolean
            LANGUAGE sql STABLE SET search_path = public AS $$
              SELECT app_current_role() IN ('admin', 'super_admin')
            $$;

            DROP INDEX ix_user_profiles_private;
            """;
    }
}
