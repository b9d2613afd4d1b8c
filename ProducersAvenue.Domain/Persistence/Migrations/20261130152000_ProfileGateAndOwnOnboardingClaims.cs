using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// profile_gate also names the member's id (a signed-in stranger follows a private member from their hidden
    /// profile), and a member reads and records their own onboarding outcome, the one Identity claim the app writes
    /// outside Identity's stores (decision 062). Other claims stay Identity's alone (decision 080).
    /// </summary>
    public partial class ProfileGateAndOwnOnboardingClaims : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP FUNCTION profile_gate(text);
            CREATE FUNCTION profile_gate(p_username text, OUT user_id uuid, OUT username text, OUT profile_visibility text, OUT is_banned boolean)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT user_id, username, profile_visibility, is_banned FROM user_profiles WHERE username = p_username
            $$;
            REVOKE ALL ON FUNCTION profile_gate(text) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION profile_gate(text) TO pa_app;

            CREATE POLICY own_onboarding ON auth.user_claims FOR SELECT
              USING (user_id = (select app_current_user_id()) AND claim_type = 'pa:onboarding');
            CREATE POLICY own_onboarding_insert ON auth.user_claims FOR INSERT
              WITH CHECK (user_id = (select app_current_user_id()) AND claim_type = 'pa:onboarding');
            """);

        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP POLICY own_onboarding_insert ON auth.user_claims;
            DROP POLICY own_onboarding ON auth.user_claims;
            DROP FUNCTION profile_gate(text);
            CREATE FUNCTION profile_gate(p_username text, OUT username text, OUT profile_visibility text, OUT is_banned boolean)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT username, profile_visibility, is_banned FROM user_profiles WHERE username = p_username
            $$;
            REVOKE ALL ON FUNCTION profile_gate(text) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION profile_gate(text) TO pa_app;
            """);
    }
}
