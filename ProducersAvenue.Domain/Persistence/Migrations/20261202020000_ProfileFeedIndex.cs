using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// A profile's feed is ordered pinned first, then newest (<c>FeedService.ProfileAsync</c>). Without an index in that
    /// order the planner read every post of the author and sorted them for 21 rows: 13 ms a page for a member with 3,273
    /// posts on the bulk data (<c>pg_stat_statements</c>), the dearest statement of the busiest page. Walked backwards, this
    /// index gives pinned posts first and then the newest, and the scan stops after a page; later pages
    /// (<c>NOT is_pinned</c> past a cursor) walk it too.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261202020000_ProfileFeedIndex")]
    public partial class ProfileFeedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(
            "CREATE INDEX ix_posts_user_id_is_pinned_created_at_id ON posts (user_id, is_pinned, created_at, id);");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(
            "DROP INDEX ix_posts_user_id_is_pinned_created_at_id;");
    }
}
