using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// An old name leads to the member who left it (decision 239 extended): while a renamed member's old username is held,
    /// <c>/u/old</c> — old mentions, shared links, notifications — opens their profile under the new name instead of "Page
    /// not found". <c>account_renamed_to</c> reads the held name's member (definer: <c>retired_usernames</c> is the
    /// trigger's and the admins' only) and answers only for a rename within the hold; a closed account's name leads nowhere.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261207160000_RenamedProfilesLeadOn")]
    public partial class RenamedProfilesLeadOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE FUNCTION account_renamed_to(p_username text, p_since timestamptz) RETURNS text
              LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT p.username FROM retired_usernames r JOIN user_profiles p ON p.user_id = r.user_id
              WHERE r.username = lower(p_username) AND r.retired_at > p_since AND p.username <> lower(p_username)
              ORDER BY r.retired_at DESC LIMIT 1
            $$;
            REVOKE ALL ON FUNCTION account_renamed_to(text, timestamptz) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION account_renamed_to(text, timestamptz) TO pa_app;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(
            "DROP FUNCTION account_renamed_to(text, timestamptz);");
    }
}
