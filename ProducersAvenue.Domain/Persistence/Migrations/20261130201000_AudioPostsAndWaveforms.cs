using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Audio in posts (decisions 130, 131): <c>post_type</c> gains <c>audio</c> (posts and group posts share the enum),
    /// and <c>audio_waveforms</c> keeps the peaks of uploaded audio by storage key. Anyone may read a waveform; a member
    /// inserts only for a key in their own folder (<c>{area}/{member id without dashes}/...</c>, decision 051) and as
    /// themselves; the uploader or an admin deletes; nobody updates (peaks are computed once).
    /// </summary>
    public partial class AudioPostsAndWaveforms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_posts_post_type",
                table: "posts");

            migrationBuilder.DropCheckConstraint(
                name: "ck_group_posts_post_type",
                table: "group_posts");

            migrationBuilder.CreateTable(
                name: "audio_waveforms",
                columns: table => new
                {
                    file_key = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    duration_ms = table.Column<int>(type: "integer", nullable: false),
                    peaks = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audio_waveforms", x => x.file_key);
                    table.CheckConstraint("ck_audio_waveforms_duration_ms", "duration_ms > 0");
                    table.CheckConstraint("ck_audio_waveforms_peaks", "octet_length(peaks) IN (0, 200)");
                    table.ForeignKey(
                        name: "fk_audio_waveforms_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "auth",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_posts_post_type",
                table: "posts",
                sql: "post_type IN ('text', 'image', 'video', 'link', 'poll', 'audio')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_group_posts_post_type",
                table: "group_posts",
                sql: "post_type IN ('text', 'image', 'video', 'link', 'poll', 'audio')");

            migrationBuilder.CreateIndex(
                name: "ix_audio_waveforms_user_id",
                table: "audio_waveforms",
                column: "user_id");

            migrationBuilder.Sql("""
                ALTER TABLE audio_waveforms ENABLE ROW LEVEL SECURITY;
                ALTER TABLE audio_waveforms FORCE ROW LEVEL SECURITY;
                CREATE POLICY read_all ON audio_waveforms FOR SELECT USING (true);
                CREATE POLICY insert_own_upload ON audio_waveforms FOR INSERT WITH CHECK (
                  user_id = (select app_current_user_id()) AND split_part(file_key, '/', 2) = replace(user_id::text, '-', ''));
                CREATE POLICY delete_own ON audio_waveforms FOR DELETE USING (user_id = (select app_current_user_id()) OR (select app_is_admin()));
                GRANT SELECT, INSERT, DELETE ON audio_waveforms TO pa_app;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audio_waveforms");

            migrationBuilder.DropCheckConstraint(
                name: "ck_posts_post_type",
                table: "posts");

            migrationBuilder.DropCheckConstraint(
                name: "ck_group_posts_post_type",
                table: "group_posts");

            migrationBuilder.AddCheckConstraint(
                name: "ck_posts_post_type",
                table: "posts",
                sql: "post_type IN ('text', 'image', 'video', 'link', 'poll')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_group_posts_post_type",
                table: "group_posts",
                sql: "post_type IN ('text', 'image', 'video', 'link', 'poll')");
        }
    }
}
