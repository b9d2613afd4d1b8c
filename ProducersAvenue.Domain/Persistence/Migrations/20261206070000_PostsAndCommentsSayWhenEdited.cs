using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Decision 241: a post or comment whose text its author changed says so ("edited"). <c>updated_at</c> cannot tell: the
    /// counter triggers move it with every like and comment. <c>edited_at</c> (a deviation from the schema document, which
    /// has no such column) is set by the services when the text changes; the read views carry it at their end.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261206070000_PostsAndCommentsSayWhenEdited")]
    public partial class PostsAndCommentsSayWhenEdited : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE posts ADD COLUMN edited_at timestamptz;
            ALTER TABLE comments ADD COLUMN edited_at timestamptz;

            CREATE OR REPLACE VIEW visible_posts AS
              SELECT p.id, p.user_id, p.content, p.media_urls, p.link_url, p.link_preview, p.post_type, p.poll_options, p.poll_ends_at,
                     p.likes_count, p.comments_count, p.shares_count, p.is_pinned, p.is_hidden, p.hidden_reason, p.created_at,
                     p.updated_at, p.search_vector, p.tags, p.edited_at
              FROM posts p
              WHERE (select app_is_admin())
                 OR ((NOT p.is_hidden OR p.user_id = (select app_current_user_id()))
                     AND (p.author_visibility = 'public'
                          OR (p.author_visibility = 'members_only' AND (select app_current_user_id()) IS NOT NULL)
                          OR (p.author_visibility = 'private' AND app_sees_private_profile(p.user_id)))
                     AND NOT (p.user_id IN (SELECT app_block_partners())));

            CREATE OR REPLACE VIEW visible_comments AS
              SELECT c.id, c.post_id, c.user_id, c.parent_comment_id, c.content, c.likes_count, c.is_hidden, c.hidden_reason,
                     c.created_at, c.updated_at, c.edited_at
              FROM comments c
              JOIN visible_posts p ON p.id = c.post_id
              WHERE (select app_is_admin())
                 OR ((NOT c.is_hidden OR c.user_id = (select app_current_user_id()))
                     AND NOT (c.user_id IN (SELECT app_banned_members())));
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP VIEW visible_comments;
            DROP VIEW visible_posts;
            CREATE VIEW visible_posts AS
              SELECT p.id, p.user_id, p.content, p.media_urls, p.link_url, p.link_preview, p.post_type, p.poll_options, p.poll_ends_at,
                     p.likes_count, p.comments_count, p.shares_count, p.is_pinned, p.is_hidden, p.hidden_reason, p.created_at,
                     p.updated_at, p.search_vector, p.tags
              FROM posts p
              WHERE (select app_is_admin())
                 OR ((NOT p.is_hidden OR p.user_id = (select app_current_user_id()))
                     AND (p.author_visibility = 'public'
                          OR (p.author_visibility = 'members_only' AND (select app_current_user_id()) IS NOT NULL)
                          OR (p.author_visibility = 'private' AND app_sees_private_profile(p.user_id)))
                     AND NOT (p.user_id IN (SELECT app_block_partners())));
            GRANT SELECT ON visible_posts TO pa_app;
            CREATE VIEW visible_comments AS
              SELECT c.id, c.post_id, c.user_id, c.parent_comment_id, c.content, c.likes_count, c.is_hidden, c.hidden_reason,
                     c.created_at, c.updated_at
              FROM comments c
              JOIN visible_posts p ON p.id = c.post_id
              WHERE (select app_is_admin())
                 OR ((NOT c.is_hidden OR c.user_id = (select app_current_user_id()))
                     AND NOT (c.user_id IN (SELECT app_banned_members())));
            GRANT SELECT ON visible_comments TO pa_app;
            ALTER TABLE comments DROP COLUMN edited_at;
            ALTER TABLE posts DROP COLUMN edited_at;
            """);
    }
}
