using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// <c>notification_preferences.updated_at</c> is kept by the same trigger as every other table's (the schema test
    /// found it missing after the merge).
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201125000_NotificationPreferencesUpdatedAt")]
    public partial class NotificationPreferencesUpdatedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE TRIGGER trg_notification_preferences_updated_at BEFORE UPDATE ON notification_preferences
              FOR EACH ROW EXECUTE FUNCTION set_updated_at();
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS trg_notification_preferences_updated_at ON notification_preferences;");
    }
}
