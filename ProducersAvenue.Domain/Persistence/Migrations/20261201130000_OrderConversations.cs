using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Each service order has its own conversation between its buyer and seller (<c>conversations.order_id</c>, decision
    /// 202): one per order, started only by a party of the order (the orders policy shows an order to its parties), its
    /// order and participants fixed once set; a pair's direct conversation stays one per pair beside it.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201130000_OrderConversations")]
    public partial class OrderConversations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE conversations ADD COLUMN order_id uuid REFERENCES orders(id) ON DELETE SET NULL;
            CREATE UNIQUE INDEX ux_conversations_order ON conversations (order_id) WHERE order_id IS NOT NULL;

            DROP INDEX ux_conversations_direct_pair;
            CREATE UNIQUE INDEX ux_conversations_direct_pair ON conversations
              (least(participant_ids[1], participant_ids[2]), greatest(participant_ids[1], participant_ids[2]))
              WHERE NOT is_group AND order_id IS NULL;

            DROP POLICY participant_starts ON conversations;
            CREATE POLICY participant_starts ON conversations FOR INSERT WITH CHECK (
              participant_ids @> ARRAY[(select app_current_user_id())]
              AND (order_id IS NULL OR NOT is_group AND EXISTS (
                SELECT 1 FROM orders o WHERE o.id = order_id AND participant_ids @> ARRAY[o.buyer_id, o.seller_id] AND cardinality(participant_ids) = 2)));

            CREATE FUNCTION trg_conversations_order_fixed() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
              IF NEW.order_id IS DISTINCT FROM OLD.order_id
                 OR (OLD.order_id IS NOT NULL AND NEW.participant_ids IS DISTINCT FROM OLD.participant_ids) THEN
                RAISE EXCEPTION 'an order''s conversation keeps its order and its parties' USING ERRCODE = '42501';
              END IF;
              RETURN NEW;
            END $$;
            CREATE TRIGGER trg_conversations_order_fixed BEFORE UPDATE ON conversations
              FOR EACH ROW EXECUTE FUNCTION trg_conversations_order_fixed();
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP TRIGGER trg_conversations_order_fixed ON conversations;
            DROP FUNCTION trg_conversations_order_fixed();
            DROP POLICY participant_starts ON conversations;
            CREATE POLICY participant_starts ON conversations FOR INSERT WITH CHECK (participant_ids @> ARRAY[(select app_current_user_id())]);
            DELETE FROM conversations WHERE order_id IS NOT NULL;
            DROP INDEX ux_conversations_direct_pair;
            CREATE UNIQUE INDEX ux_conversations_direct_pair ON conversations
              (least(participant_ids[1], participant_ids[2]), greatest(participant_ids[1], participant_ids[2])) WHERE NOT is_group;
            DROP INDEX ux_conversations_order;
            ALTER TABLE conversations DROP COLUMN order_id;
            """);
    }
}
