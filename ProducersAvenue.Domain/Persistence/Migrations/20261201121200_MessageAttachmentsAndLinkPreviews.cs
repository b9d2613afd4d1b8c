using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Attachments and link previews of messages (decisions 207, 208): the document's <c>attachment_urls</c> hold private
    /// storage keys, <c>attachment_names</c> (a deviation) the names the sender gave them, <c>link_preview</c> (a deviation)
    /// the card of the message's first link; a GIN index lets the download rule find the message of a key; the guard
    /// keeps all three the sender's.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201121200_MessageAttachmentsAndLinkPreviews")]
    public partial class MessageAttachmentsAndLinkPreviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(UpSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DownSql);

        private const string UpSql = """
            ALTER TABLE messages ADD COLUMN attachment_names text[];
            ALTER TABLE messages ADD COLUMN link_preview jsonb;
            CREATE INDEX ix_messages_attachment_urls ON messages USING gin (attachment_urls) WHERE attachment_urls IS NOT NULL;

            -- Participants may mark each other's messages read (and hide them for themselves); only the sender changes what
            -- a message says or carries, or deletes it for everyone.
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
            """;

        private const string DownSql = """
            CREATE OR REPLACE FUNCTION trg_messages_guard() RETURNS trigger
            LANGUAGE plpgsql AS $$
            DECLARE
              me uuid := app_current_user_id();
            BEGIN
              IF me IS NOT NULL AND me <> OLD.sender_id AND (
                   NEW.content IS DISTINCT FROM OLD.content OR NEW.is_deleted <> OLD.is_deleted
                   OR NEW.sender_id <> OLD.sender_id OR NEW.conversation_id <> OLD.conversation_id) THEN
                RAISE EXCEPTION 'only the sender changes a message' USING ERRCODE = '42501';
              END IF;
              RETURN NEW;
            END $$;
            DROP INDEX ix_messages_attachment_urls;
            ALTER TABLE messages DROP COLUMN link_preview;
            ALTER TABLE messages DROP COLUMN attachment_names;
            """;
    }
}
