using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// A member's comments by time: <c>CommentService.AddAsync</c> counts the caller's comments of the last minute before each
    /// new one (<c>Social:CommentsPerMinute</c>), which the author index alone answers by reading every comment the member
    /// ever wrote.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261207110000_CommentsByAuthorAndTime")]
    public partial class CommentsByAuthorAndTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(
            "CREATE INDEX ix_comments_user_id_created_at ON comments (user_id, created_at);");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(
            "DROP INDEX ix_comments_user_id_created_at;");
    }
}
