using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// An order's files keep the names they were uploaded under (decision 238): <c>orders.requirement_file_names</c> and
    /// <c>delivery_file_names</c> beside the schema document's key arrays, and <c>order_events.file_names</c> beside a
    /// delivery line's files. A list is empty (files from before, shown by label and number) or one name per file. The
    /// tables' policies and grants cover the columns.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261206010000_OrderFileNames")]
    public partial class OrderFileNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE orders
              ADD COLUMN requirement_file_names text[] NOT NULL DEFAULT '{}',
              ADD COLUMN delivery_file_names text[] NOT NULL DEFAULT '{}',
              ADD CONSTRAINT ck_orders_requirement_file_names CHECK (cardinality(requirement_file_names) IN (0, cardinality(requirement_files))),
              ADD CONSTRAINT ck_orders_delivery_file_names CHECK (cardinality(delivery_file_names) IN (0, cardinality(delivery_files)));
            ALTER TABLE order_events
              ADD COLUMN file_names text[] NOT NULL DEFAULT '{}',
              ADD CONSTRAINT ck_order_events_file_names CHECK (cardinality(file_names) IN (0, cardinality(files)));
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE order_events DROP COLUMN file_names;
            ALTER TABLE orders DROP COLUMN delivery_file_names, DROP COLUMN requirement_file_names;
            """);
    }
}
