using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// A conversation can be reported as a whole (decision 206): <c>reports.target_type</c> takes <c>conversation</c>. The
    /// model snapshot's check constraint says the same (the enum gained the value).
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201121100_ReportConversations")]
    public partial class ReportConversations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(UpSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DownSql);

        private const string UpSql = """
            ALTER TABLE reports DROP CONSTRAINT ck_reports_target_type;
            ALTER TABLE reports ADD CONSTRAINT ck_reports_target_type
              CHECK (target_type IN ('post', 'comment', 'product', 'service', 'group', 'message', 'profile', 'conversation'));
            """;

        private const string DownSql = """
            DELETE FROM reports WHERE target_type = 'conversation';
            ALTER TABLE reports DROP CONSTRAINT ck_reports_target_type;
            ALTER TABLE reports ADD CONSTRAINT ck_reports_target_type
              CHECK (target_type IN ('post', 'comment', 'product', 'service', 'group', 'message', 'profile'));
            """;
    }
}
