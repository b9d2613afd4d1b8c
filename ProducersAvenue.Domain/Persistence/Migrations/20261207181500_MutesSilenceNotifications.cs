using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// A mute silences the muted member's notifications too (decision 278): "@x commented on your post" reached the muter
    /// in the bell and by email, and led to a thread where the mute hid the comment. <c>app_silenced_recipients(actor,
    /// recipients)</c> gives the notifier, in one query per batch, those of <c>recipients</c> who muted the caller or share
    /// a block with the caller. Definer: whom a member muted is theirs alone (<c>user_mutes</c> shows only the muter's
    /// rows). It answers only about the caller as the actor, never about two other members.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261207181500_MutesSilenceNotifications")]
    public partial class MutesSilenceNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE FUNCTION app_silenced_recipients(p_actor uuid, p_recipients uuid[]) RETURNS SETOF uuid
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT m.muter_id FROM user_mutes m
              WHERE p_actor = app_current_user_id() AND m.muted_id = p_actor AND m.muter_id = ANY (p_recipients)
              UNION
              SELECT b FROM app_block_partners() b WHERE p_actor = app_current_user_id() AND b = ANY (p_recipients)
            $$;
            REVOKE ALL ON FUNCTION app_silenced_recipients(uuid, uuid[]) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION app_silenced_recipients(uuid, uuid[]) TO pa_app, pa_jobs;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP FUNCTION app_silenced_recipients(uuid, uuid[]);
            """);
    }
}
