using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Refunds (decision 193): the money path reads acquisitions and ends a refunded purchase's access by setting its
    /// <c>revoked_at</c> — that column only, and only on purchases (free acquisitions are not its business).
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201061000_RefundsRevokeAcquisitions")]
    public partial class RefundsRevokeAcquisitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE POLICY money_reads ON product_acquisitions FOR SELECT TO pa_jobs USING (true);
            CREATE POLICY money_revokes ON product_acquisitions FOR UPDATE TO pa_jobs
              USING (source = 'purchase') WITH CHECK (source = 'purchase');
            GRANT SELECT, UPDATE (revoked_at) ON product_acquisitions TO pa_jobs;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            REVOKE SELECT, UPDATE (revoked_at) ON product_acquisitions FROM pa_jobs;
            DROP POLICY money_revokes ON product_acquisitions;
            DROP POLICY money_reads ON product_acquisitions;
            """);
    }
}
