using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Decision 125: the tag feed, a tag's count and the post search read <c>visible_posts</c> — the posts the caller may
    /// read, by the same expression as the posts policy <c>read_visible</c> — so that <c>@@</c> and <c>@&gt;</c>, which are
    /// not leakproof and so are kept above a policy, reach the GIN indexes. Through the table, a rare word or a tag
    /// walked the whole table under Row Level Security (0.7–1.2 s per page at 1M posts). The view belongs to
    /// <c>pa_owner</c>, so the table's policy does not apply inside it; the view's own condition is the wall.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201141000_VisiblePostsView")]
    public partial class VisiblePostsView : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE VIEW visible_posts AS
              SELECT p.* FROM posts p
              WHERE (select app_is_admin())
                 OR ((NOT p.is_hidden OR p.user_id = (select app_current_user_id())) AND p.user_id NOT IN (SELECT app_hidden_authors()));
            GRANT SELECT ON visible_posts TO pa_app;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP VIEW visible_posts;");
    }
}
