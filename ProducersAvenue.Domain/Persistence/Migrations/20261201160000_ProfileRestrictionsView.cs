using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Decision 126: the services' visibility rules ask "is this author restricted, and does the restriction keep the
    /// viewer out?" of <c>profile_restrictions</c> — banned and non-public profiles, only the columns the rules test —
    /// instead of <c>user_profiles</c>. Through the table, the profiles' read policy ran <c>app_sees_private_profile</c>
    /// for every private profile whenever the planner anti-joined a list against all restricted profiles (a rare-word
    /// search: 68 → 11 ms at 100k members). The view belongs to <c>pa_owner</c>, so the policy does not apply inside it.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201160000_ProfileRestrictionsView")]
    public partial class ProfileRestrictionsView : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE VIEW profile_restrictions AS
              SELECT user_id, is_banned, profile_visibility FROM user_profiles
              WHERE is_banned OR profile_visibility <> 'public';
            GRANT SELECT ON profile_restrictions TO pa_app;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP VIEW profile_restrictions;");
    }
}
