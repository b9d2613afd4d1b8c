using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// An edited message says so to everyone in the conversation: <c>messages.edited_at</c>, set by the sender's edit
    /// (<c>updated_at</c> cannot tell: marking a message read moves it too). The guard now keeps it the sender's alone.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261205050000_MessagesEditedAt")]
    public partial class MessagesEditedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE messages ADD COLUMN edited_at timestamptz;
            CREATE OR REPLACE FUNCTION trg_messages_guard() RETURNS trigger
            LANGUAGE plpgsql AS $$
            DECLARE
              me uuid := app_current_user_id();
            BEGIN
              IF me IS NOT NULL AND me <> OLD.sender_id AND (
                   NEW.content IS DISTINCT FROM OLD.content OR NEW.is_deleted <> OLD.is_deleted
                   OR NEW.sender_id <> OLD.sender_id OR NEW.conversation_id <> OLD.conversation_id
                   OR NEW.attachment_urls IS DISTINCT FROM OLD.attachment_urls OR NEW.attachment_names IS DISTINCT FROM OLD.attachment_names
                   OR NEW.link_preview IS DISTINCT FROM OLD.link_preview OR NEW.edited_at IS DISTINCT FROM OLD.edited_at) THEN
                RAISE EXCEPTION 'only the sender changes a message' USING ERRCODE = '42501';
              END IF;
              RETURN NEW;
            END $$;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION trg_messages_guard() RETURNS trigger
            LANGUAGE plpgsql AS $$
            DECLARE
              me uuid := app_current_user_id();
            BEGIN
              IF me IS NOT NULL AND me <> OLD.sender_id AND (
                   NEW.content IS DISTINCT FROM OLD.content OR NEW.is_deleted <> OLD.is_deleted
                   OR NEW.sender_id <> OLD.sender_id OR NEW.conversation_id <> OLD.conversation_id
                   OR NEW.attachment_urls IS DISTINCT FROM OLD.attachment_urls OR NEW.attachment_names IS DISTINCT FROM OLD.attachment_names
                   OR NEW.link_preview IS DISTINCT FROM OLD.link_preview) THEN
                RAISE EXCEPTION 'only the sender changes a message' USING ERRCODE = '42501';
              END IF;
              RETURN NEW;
            END $$;
            ALTER TABLE messages DROP COLUMN edited_at;
            """);
    }
}
