using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// FastPolicies (decision 081) and OneConnectedRule (decision 019) were written side by side: the policies' new
    /// functions spelled "mutual follow" out again. They ask <c>app_is_connected</c> now, so "Connected" keeps one
    /// implementation. In <c>app_hidden_authors</c> the call sits in a scalar subquery, evaluated per private profile with
    /// two index probes, so no plan can turn it into a hash of all the caller's followers.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261130180000_ConnectedRuleInFastPolicies")]
    public partial class ConnectedRuleInFastPolicies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION app_sees_private_profile(p_user_id uuid) RETURNS boolean
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              v_me uuid := app_current_user_id();
            BEGIN
              IF v_me IS NULL THEN RETURN false; END IF;
              IF p_user_id = v_me THEN RETURN true; END IF;
              RETURN app_is_connected(v_me, p_user_id) OR app_is_admin();
            END $$;

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
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION app_sees_private_profile(p_user_id uuid) RETURNS boolean
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
            """);
    }
}
