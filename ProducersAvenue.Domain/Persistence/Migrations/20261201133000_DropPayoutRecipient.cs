using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// <c>payout_recipient()</c> read a member's email for payout notices; since those notices mail through the notifier
    /// (decision 217) nothing calls it, and a security-definer function that reads accounts should not outlive its use.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201133000_DropPayoutRecipient")]
    public partial class DropPayoutRecipient : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP FUNCTION payout_recipient(uuid);");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DownSql);

        private const string DownSql = """
            CREATE FUNCTION payout_recipient(p_payout uuid) RETURNS TABLE (username text, email text)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT (SELECT u.username::text FROM user_profiles u WHERE u.user_id = p.user_id),
                     (SELECT au.email::text FROM auth.users au WHERE au.id = p.user_id)
              FROM payouts p WHERE p.id = p_payout
            $$;
            REVOKE ALL ON FUNCTION payout_recipient(uuid) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION payout_recipient(uuid) TO pa_jobs;
            """;
    }
}
