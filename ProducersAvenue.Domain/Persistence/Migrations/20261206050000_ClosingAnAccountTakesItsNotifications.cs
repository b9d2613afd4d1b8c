using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Closing an account also takes away the notifications the member caused in other members' bells ("@x commented on
    /// your post — " and the comment's words, "@x followed you"): the comment and the follow went, but the notification kept
    /// its copy of the words with the actor set to null, which the deletion page promises is gone. <c>close_account()</c>
    /// becomes a wrapper that deletes them and then runs the closing as before (<c>close_account_rows()</c>, no longer
    /// callable by the app).
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261206050000_ClosingAnAccountTakesItsNotifications")]
    public partial class ClosingAnAccountTakesItsNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER FUNCTION close_account() RENAME TO close_account_rows;
            REVOKE ALL ON FUNCTION close_account_rows() FROM pa_app;

            CREATE FUNCTION close_account() RETURNS text
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            BEGIN
              DELETE FROM notifications WHERE actor_id = app_current_user_id();
              RETURN close_account_rows();
            END $$;
            REVOKE ALL ON FUNCTION close_account() FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION close_account() TO pa_app;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP FUNCTION close_account();
            ALTER FUNCTION close_account_rows() RENAME TO close_account;
            GRANT EXECUTE ON FUNCTION close_account() TO pa_app;
            """);
    }
}
