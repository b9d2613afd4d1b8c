using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// An order exists only once it is paid (decision 200): the money path places it as <c>pa_jobs</c>. The members' own
    /// insert policy from the first Row Level Security migration let a buyer write an unpaid pending order straight into
    /// the table, around the checkout, which the seller would then have worked on; it goes.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201131000_OrdersPlacedOnlyWhenPaid")]
    public partial class OrdersPlacedOnlyWhenPaid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("DROP POLICY buyer_places ON orders;");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("CREATE POLICY buyer_places ON orders FOR INSERT WITH CHECK (buyer_id = (select app_current_user_id()));");
    }
}
