using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// The two checks every private profile and every Connected badge asks (decision 132):
    /// <list type="bullet">
    /// <item><c>app_is_connected</c> becomes PL/pgSQL. As a SQL function whose body holds sub-selects it was never inlined
    /// (PostgreSQL inlines only sub-select-free bodies), so every statement that called it planned its two probes again;
    /// PL/pgSQL keeps their plans for the connection. Same rule, same two index probes.</item>
    /// <item><c>app_sees_private_profile</c> drops SECURITY DEFINER and its <c>SET search_path</c>: it reads only
    /// <c>followers</c> (public) through <c>app_is_connected</c> and the caller's role through <c>app_is_admin</c>, so it
    /// needs no rights of its own, and a function with a <c>SET</c> clause pays a configuration change on every call — once
    /// per private row in the profiles' and posts' policies. Its names are schema-qualified instead. Background jobs call it
    /// without a caller and get <c>false</c> before any table is read.</item>
    /// </list>
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261202030000_VisibilityChecksKeepTheirPlans")]
    public partial class VisibilityChecksKeepTheirPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION app_is_connected(p_a uuid, p_b uuid) RETURNS boolean
            LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
            BEGIN
              RETURN EXISTS (SELECT 1 FROM public.followers WHERE follower_id = p_a AND following_id = p_b)
                 AND EXISTS (SELECT 1 FROM public.followers WHERE follower_id = p_b AND following_id = p_a);
            END $$;

            CREATE OR REPLACE FUNCTION app_sees_private_profile(p_user_id uuid) RETURNS boolean
            LANGUAGE plpgsql STABLE AS $$
            DECLARE
              v_me uuid := public.app_current_user_id();
            BEGIN
              IF v_me IS NULL THEN RETURN false; END IF;
              IF p_user_id = v_me THEN RETURN true; END IF;
              RETURN public.app_is_connected(v_me, p_user_id) OR public.app_is_admin();
            END $$;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION app_is_connected(p_a uuid, p_b uuid) RETURNS boolean
            LANGUAGE sql STABLE PARALLEL SAFE AS $$
              SELECT EXISTS (SELECT 1 FROM public.followers WHERE follower_id = p_a AND following_id = p_b)
                 AND EXISTS (SELECT 1 FROM public.followers WHERE follower_id = p_b AND following_id = p_a)
            $$;

            CREATE OR REPLACE FUNCTION app_sees_private_profile(p_user_id uuid) RETURNS boolean
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              v_me uuid := app_current_user_id();
            BEGIN
              IF v_me IS NULL THEN RETURN false; END IF;
              IF p_user_id = v_me THEN RETURN true; END IF;
              RETURN app_is_connected(v_me, p_user_id) OR app_is_admin();
            END $$;
            """);
    }
}
