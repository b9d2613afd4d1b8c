using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// The money path emails a member at each step of a payout (decision 217) but, as <c>pa_jobs</c>, cannot read
    /// <c>auth.users</c>: <c>payout_recipient(payout)</c> gives the payout's member's username and email, and only the jobs
    /// role may call it (as <c>grant_purchased_product</c> gives the buyer's email to the sale it completes).
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201123000_PayoutRecipient")]
    public partial class PayoutRecipient : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE FUNCTION payout_recipient(p_payout uuid) RETURNS TABLE (username text, email text)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT (SELECT u.username::text FROM user_profiles u WHERE u.user_id = p.user_id),
                     (SELECT au.email::text FROM auth.users au WHERE au.id = p.user_id)
              FROM payouts p WHERE p.id = p_payout
            $$;
            REVOKE ALL ON FUNCTION payout_recipient(uuid) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION payout_recipient(uuid) TO pa_jobs;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP FUNCTION payout_recipient(uuid);");
    }
}
