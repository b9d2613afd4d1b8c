using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Decision 245: a proposal to cancel an order can be withdrawn by the side that made it and declined by the other; each
    /// is a line of the order's timeline.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261206090000_CancellationRequestsCanBeTakenBack")]
    public partial class CancellationRequestsCanBeTakenBack : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE order_events DROP CONSTRAINT ck_order_events_kind;
            ALTER TABLE order_events ADD CONSTRAINT ck_order_events_kind CHECK (kind IN ('placed', 'started', 'delivered',
              'revision_requested', 'accepted', 'auto_completed', 'cancellation_proposed', 'cancellation_withdrawn',
              'cancellation_declined', 'cancelled', 'refunded', 'reminded'));
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DELETE FROM order_events WHERE kind IN ('cancellation_withdrawn', 'cancellation_declined');
            ALTER TABLE order_events DROP CONSTRAINT ck_order_events_kind;
            ALTER TABLE order_events ADD CONSTRAINT ck_order_events_kind CHECK (kind IN ('placed', 'started', 'delivered',
              'revision_requested', 'accepted', 'auto_completed', 'cancellation_proposed', 'cancelled', 'refunded', 'reminded'));
            """);
    }
}
