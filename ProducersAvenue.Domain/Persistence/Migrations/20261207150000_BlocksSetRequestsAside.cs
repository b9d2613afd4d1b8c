using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// A block also sets aside a message request between the two (decision 205): a request the blocked member had sent
    /// stayed in the blocker's Requests with its unread badge and an Accept button, and its "@x wants to send you a message"
    /// in the bell. Now a direct conversation's pending request (either way) moves to the ignored folder — out of sight,
    /// still readable — and the "message" notifications between the two go, as the other social notifications already
    /// did. An order's conversation and its notices stay: an order goes on across a block (decision 136).
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261207150000_BlocksSetRequestsAside")]
    public partial class BlocksSetRequestsAside : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION trg_user_blocks_end_follows() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            BEGIN
              DELETE FROM followers
              WHERE (follower_id = NEW.blocker_id AND following_id = NEW.blocked_id)
                 OR (follower_id = NEW.blocked_id AND following_id = NEW.blocker_id);
              DELETE FROM notifications n
              WHERE ((n.user_id = NEW.blocker_id AND n.actor_id = NEW.blocked_id) OR (n.user_id = NEW.blocked_id AND n.actor_id = NEW.blocker_id))
                AND (n.type IN ('follow', 'like', 'comment', 'reply', 'mention')
                     OR (n.type = 'message' AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.id = n.related_id AND c.order_id IS NOT NULL)));
              UPDATE conversation_members cm SET folder = 'ignored'
              FROM conversations c
              WHERE c.id = cm.conversation_id AND NOT c.is_group AND c.order_id IS NULL AND cm.folder = 'requests'
                AND c.participant_ids @> ARRAY[NEW.blocker_id, NEW.blocked_id]
                AND cm.user_id IN (NEW.blocker_id, NEW.blocked_id);
              RETURN NULL;
            END $$;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION trg_user_blocks_end_follows() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            BEGIN
              DELETE FROM followers
              WHERE (follower_id = NEW.blocker_id AND following_id = NEW.blocked_id)
                 OR (follower_id = NEW.blocked_id AND following_id = NEW.blocker_id);
              DELETE FROM notifications
              WHERE type IN ('follow', 'like', 'comment', 'reply', 'mention')
                AND ((user_id = NEW.blocker_id AND actor_id = NEW.blocked_id) OR (user_id = NEW.blocked_id AND actor_id = NEW.blocker_id));
              RETURN NULL;
            END $$;
            """);
    }
}
