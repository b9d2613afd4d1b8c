using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Deleting a post or a comment also takes away the notifications about it in other members' bells — its likes,
    /// comments, replies and mentions, whose <c>related_id</c> is the deleted post or comment (decision 277): "@x replied
    /// to your comment" kept its copy of the deleted words and led to a page that was not found, as closing an account
    /// and blocking someone already prevent. One trigger function on both tables, so every way a row goes — a post's
    /// comments with it, a comment's replies with it, a closed account's content — takes its notifications (definer: they
    /// are other members' rows). An index finds them by <c>related_id</c>.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261207180500_DeletedContentTakesItsNotifications")]
    public partial class DeletedContentTakesItsNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE INDEX ix_notifications_related_id ON notifications (related_id) WHERE related_id IS NOT NULL;

            CREATE FUNCTION trg_content_deleted_takes_notifications() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            BEGIN
              DELETE FROM notifications WHERE related_id = OLD.id AND type IN ('like', 'comment', 'reply', 'mention');
              RETURN NULL;
            END $$;
            REVOKE ALL ON FUNCTION trg_content_deleted_takes_notifications() FROM PUBLIC;

            CREATE TRIGGER trg_posts_take_notifications AFTER DELETE ON posts
              FOR EACH ROW EXECUTE FUNCTION trg_content_deleted_takes_notifications();
            CREATE TRIGGER trg_comments_take_notifications AFTER DELETE ON comments
              FOR EACH ROW EXECUTE FUNCTION trg_content_deleted_takes_notifications();
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP TRIGGER trg_comments_take_notifications ON comments;
            DROP TRIGGER trg_posts_take_notifications ON posts;
            DROP FUNCTION trg_content_deleted_takes_notifications();
            DROP INDEX ix_notifications_related_id;
            """);
    }
}
