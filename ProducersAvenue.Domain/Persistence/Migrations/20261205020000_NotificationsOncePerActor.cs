using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// A like or a follow notifies its recipient once per actor and subject (decision 174): like, unlike and like again
    /// rang the bell three times, and anyone could flood a member's notifications with one button. The notifier inserts
    /// with <c>ON CONFLICT DO NOTHING</c> against this index (the actor may write the recipient's row, never read it: the
    /// database decides). Copies already written are removed first, keeping the first.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261205020000_NotificationsOncePerActor")]
    public partial class NotificationsOncePerActor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DELETE FROM notifications n USING notifications d
            WHERE n.type IN ('like', 'follow') AND d.type = n.type AND d.user_id = n.user_id AND d.actor_id = n.actor_id
              AND d.related_id = n.related_id AND (d.created_at, d.id) < (n.created_at, n.id);
            CREATE UNIQUE INDEX ux_notifications_once_per_actor ON notifications (user_id, type, actor_id, related_id)
              WHERE type IN ('like', 'follow');
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP INDEX ux_notifications_once_per_actor;
            """);
    }
}
