using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// The posts policy's set of hidden authors is built once per statement that reads <c>posts</c>, so its cost is paid
    /// by every feed, post and comment read (docs/performance.md, RLS). Asking <c>app_is_connected</c> once per private
    /// profile (ConnectedRuleInFastPolicies) made it ten times dearer than the set query it replaced: a SQL function whose
    /// body holds sub-selects is never inlined, so each of the ~120 private profiles paid a function call (1.1 ms against
    /// 0.12 ms for the set, measured on the RLS bench's data). The set asks the connected rule as one set again: the
    /// private profiles the caller follows (one hash of the caller's follows, which are few) and, only for those, a
    /// LIMIT 1 probe that they follow back (never a hash of the caller's followers, which can be many). The test
    /// <c>PoliciesStayCheapPerStatement</c> keeps it equal to <c>app_is_connected</c>, which stays the rule for single
    /// questions. <c>app_block_partners</c> becomes PL/pgSQL so its plan is kept (a SQL function with a SET clause is
    /// planned at every call).
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201140000_HiddenAuthorsAsOneSetQuery")]
    public partial class HiddenAuthorsAsOneSetQuery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(UpSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DownSql);

        private const string UpSql = """
            CREATE OR REPLACE FUNCTION app_block_partners() RETURNS SETOF uuid
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public ROWS 10 AS $$
            DECLARE
              v_me uuid := app_current_user_id();
            BEGIN
              RETURN QUERY
                SELECT blocked_id FROM user_blocks WHERE blocker_id = v_me
                UNION ALL
                SELECT blocker_id FROM user_blocks WHERE blocked_id = v_me;
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
                SELECT b.user_id FROM user_profiles b WHERE b.is_banned
                UNION ALL
                SELECT app_block_partners();
            END $$;
            """;

        private const string DownSql = """
            CREATE OR REPLACE FUNCTION app_block_partners() RETURNS SETOF uuid
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public ROWS 10 AS $$
              SELECT blocked_id FROM user_blocks WHERE blocker_id = app_current_user_id()
              UNION ALL
              SELECT blocker_id FROM user_blocks WHERE blocked_id = app_current_user_id()
            $$;

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
    }
}
