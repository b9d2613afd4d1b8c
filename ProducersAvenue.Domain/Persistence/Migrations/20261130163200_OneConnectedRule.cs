using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// "Connected" (a mutual follow) has one implementation, <c>app_is_connected(a, b)</c> (docs/decisions/019): the
    /// profile gate of Row Level Security (<c>app_hidden_members</c>) calls it, and C# queries call it through
    /// <c>AppDbContext.AreConnected</c>. It loses its <c>SET search_path</c> (it is not SECURITY DEFINER) so PostgreSQL
    /// inlines it into the queries that use it: the same two index probes they wrote out before.
    /// </summary>
    public partial class OneConnectedRule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION app_is_connected(p_a uuid, p_b uuid) RETURNS boolean
            LANGUAGE sql STABLE PARALLEL SAFE AS $$
              SELECT EXISTS (SELECT 1 FROM public.followers WHERE follower_id = p_a AND following_id = p_b)
                 AND EXISTS (SELECT 1 FROM public.followers WHERE follower_id = p_b AND following_id = p_a)
            $$;

            CREATE OR REPLACE FUNCTION app_hidden_members() RETURNS SETOF uuid
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public ROWS 50 AS $$
            DECLARE
              v_me uuid := app_current_user_id();
            BEGIN
              IF app_is_admin() THEN RETURN; END IF;
              RETURN QUERY
                SELECT r.user_id FROM user_profiles r
                WHERE r.profile_visibility <> 'public' AND r.user_id IS DISTINCT FROM v_me
                  AND (v_me IS NULL OR (r.profile_visibility = 'private' AND NOT app_is_connected(v_me, r.user_id)));
            END $$;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION app_is_connected(p_a uuid, p_b uuid) RETURNS boolean
            LANGUAGE sql STABLE SET search_path = public AS $$
              SELECT EXISTS (SELECT 1 FROM followers WHERE follower_id = p_a AND following_id = p_b)
                 AND EXISTS (SELECT 1 FROM followers WHERE follower_id = p_b AND following_id = p_a)
            $$;

            CREATE OR REPLACE FUNCTION app_hidden_members() RETURNS SETOF uuid
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
            """);
    }
}
