using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Whether two members have a block between them, whichever blocked, for the jobs role: it finishes a paid sale or order
    /// in the money path and may read no block (decision 136). A checkout opened before a block and paid after is refunded
    /// instead of selling across it.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261206020000_PaymentsSeeBlocks")]
    public partial class PaymentsSeeBlocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE FUNCTION members_blocked(p_a uuid, p_b uuid) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT EXISTS (
                SELECT 1 FROM user_blocks b
                WHERE (b.blocker_id = p_a AND b.blocked_id = p_b) OR (b.blocker_id = p_b AND b.blocked_id = p_a))
            $$;
            REVOKE ALL ON FUNCTION members_blocked(uuid, uuid) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION members_blocked(uuid, uuid) TO pa_jobs;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP FUNCTION members_blocked(uuid, uuid);
            """);
    }
}
