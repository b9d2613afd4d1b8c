using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// A new username that differs from another member's only by dots and underscores ("nova.beats", "novabeats" beside
    /// "nova_beats") is refused: it passed for them in a mention, a comment or a storefront card. Usernames by their letters
    /// and digits have an index (not unique: names already alike stay), and <c>account_username_lookalike</c> answers past
    /// the profiles' policy, as <c>account_username_taken</c> does; a member keeping their own name is never asked.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261205090000_UsernameLookalikes")]
    public partial class UsernameLookalikes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE INDEX ix_user_profiles_username_letters ON user_profiles ((replace(replace(username, '.', ''), '_', '')));
            CREATE FUNCTION account_username_lookalike(p_username text, p_except uuid) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT NOT EXISTS (SELECT 1 FROM user_profiles WHERE user_id = p_except AND username = p_username)
                 AND EXISTS (SELECT 1 FROM user_profiles
                             WHERE replace(replace(username, '.', ''), '_', '') = replace(replace(p_username, '.', ''), '_', '')
                               AND username <> p_username AND user_id IS DISTINCT FROM p_except)
            $$;
            REVOKE ALL ON FUNCTION account_username_lookalike(text, uuid) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION account_username_lookalike(text, uuid) TO pa_app;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP FUNCTION account_username_lookalike(text, uuid);
            DROP INDEX ix_user_profiles_username_letters;
            """);
    }
}
