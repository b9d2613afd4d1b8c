using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Decision 137: comments are read through <c>visible_comments</c> — the comments the comments policy lets the caller
    /// read, with the post's visibility as a join on <c>visible_posts</c> instead of the policy's per-row <c>EXISTS</c>. A
    /// post's comment tree (<c>post_id = $1</c>) then checks its post once, by primary key, instead of once per comment
    /// under the posts policy (issue 7: the post page's comment tree was the one read over 1.2× with policies on). Admins
    /// see every post through <c>visible_posts</c>, so the join keeps them seeing every comment.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261203010000_VisibleCommentsView")]
    public partial class VisibleCommentsView : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE VIEW visible_comments AS
              SELECT c.id, c.post_id, c.user_id, c.parent_comment_id, c.content, c.likes_count, c.is_hidden, c.hidden_reason,
                     c.created_at, c.updated_at
              FROM comments c
              JOIN visible_posts p ON p.id = c.post_id
              WHERE (select app_is_admin())
                 OR ((NOT c.is_hidden OR c.user_id = (select app_current_user_id()))
                     AND NOT (c.user_id IN (SELECT app_banned_members())));
            GRANT SELECT ON visible_comments TO pa_app;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP VIEW visible_comments;");
    }
}
