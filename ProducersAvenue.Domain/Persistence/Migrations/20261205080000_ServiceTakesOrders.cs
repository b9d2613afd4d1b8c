using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Whether a service still takes orders — active, its seller not banned — for the jobs role, which finishes a paid
    /// order in the money path and may read no service (decision 136): a checkout opened before the seller paused the
    /// service and paid after is refunded instead of placing an order the seller did not mean to take.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261205080000_ServiceTakesOrders")]
    public partial class ServiceTakesOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE FUNCTION service_takes_orders(p_service uuid) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT EXISTS (
                SELECT 1 FROM services s JOIN user_profiles u ON u.user_id = s.seller_id
                WHERE s.id = p_service AND s.status = 'active' AND NOT u.is_banned)
            $$;
            REVOKE ALL ON FUNCTION service_takes_orders(uuid) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION service_takes_orders(uuid) TO pa_jobs;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP FUNCTION service_takes_orders(uuid);
            """);
    }
}
