using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// A delivery's files stay the buyer's after the next delivery (decision 169): <c>orders.delivery_files</c> holds the
    /// latest delivery, as the schema document says, and each <c>delivered</c> line of the timeline now keeps the files it
    /// delivered, so a revision does not take the first mix away. The timeline's policies cover the column.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261205010000_OrderEventFiles")]
    public partial class OrderEventFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE order_events ADD COLUMN files text[] NOT NULL DEFAULT '{}';
            -- Deliveries made before the column: the latest one's files are the order's own.
            UPDATE order_events e SET files = o.delivery_files
            FROM orders o
            WHERE o.id = e.order_id AND e.kind = 'delivered' AND cardinality(o.delivery_files) > 0
              AND e.seq = (SELECT max(l.seq) FROM order_events l WHERE l.order_id = e.order_id AND l.kind = 'delivered');
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE order_events DROP COLUMN files;
            """);
    }
}
