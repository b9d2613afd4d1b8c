using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Decision 239: a username a member leaves — by renaming, or by closing the account — is held from everyone else for a
    /// while (<c>Accounts:RetiredUsernameDays</c>), so old @mentions, shared profile links and notifications do not lead to a
    /// newcomer who took the name the same minute. The member who renamed may take their old name back. The table is
    /// written only by the trigger on <c>user_profiles</c> and read through <c>account_username_retired</c> (definer); admins
    /// may read it.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261206060000_RetiredUsernames")]
    public partial class RetiredUsernames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE TABLE retired_usernames (
              username text PRIMARY KEY,
              -- Who left it (a rename: they may take it back); null once the account is gone.
              user_id uuid REFERENCES auth.users (id) ON DELETE SET NULL,
              retired_at timestamptz NOT NULL DEFAULT now()
            );
            ALTER TABLE retired_usernames ENABLE ROW LEVEL SECURITY;
            ALTER TABLE retired_usernames FORCE ROW LEVEL SECURITY;
            CREATE POLICY admins_read ON retired_usernames FOR SELECT USING ((select app_is_admin()));
            GRANT SELECT ON retired_usernames TO pa_app;

            CREATE FUNCTION trg_user_profiles_retire_username() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            BEGIN
              IF TG_OP = 'DELETE' THEN
                INSERT INTO retired_usernames (username, user_id) VALUES (OLD.username, NULL)
                ON CONFLICT (username) DO UPDATE SET user_id = NULL, retired_at = now();
              ELSIF NEW.username IS DISTINCT FROM OLD.username THEN
                INSERT INTO retired_usernames (username, user_id) VALUES (OLD.username, OLD.user_id)
                ON CONFLICT (username) DO UPDATE SET user_id = EXCLUDED.user_id, retired_at = now();
              END IF;
              RETURN NULL;
            END $$;
            REVOKE ALL ON FUNCTION trg_user_profiles_retire_username() FROM PUBLIC;
            CREATE TRIGGER trg_user_profiles_retire_username AFTER UPDATE OF username OR DELETE ON user_profiles
              FOR EACH ROW EXECUTE FUNCTION trg_user_profiles_retire_username();

            -- Whether p_username was left since p_since by someone other than p_except (a closed account: by anyone).
            CREATE FUNCTION account_username_retired(p_username text, p_except uuid, p_since timestamptz) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT EXISTS (SELECT 1 FROM retired_usernames
                             WHERE username = lower(p_username) AND retired_at > p_since
                               AND (user_id IS NULL OR p_except IS NULL OR user_id <> p_except))
            $$;
            REVOKE ALL ON FUNCTION account_username_retired(text, uuid, timestamptz) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION account_username_retired(text, uuid, timestamptz) TO pa_app;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP FUNCTION account_username_retired(text, uuid, timestamptz);
            DROP TRIGGER trg_user_profiles_retire_username ON user_profiles;
            DROP FUNCTION trg_user_profiles_retire_username();
            DROP TABLE retired_usernames;
            """);
    }
}
