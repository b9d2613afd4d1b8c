using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// An order's service as its parties see it — title, its page's slug while it is on sale, the seller's requirements
    /// prompt — whatever the service's state: the services' policy hid a paused service from its buyers, so their order
    /// page and list lost the title (the package's name stood in) and the prompt. <c>order_services</c> answers for the
    /// orders the caller is a party to (or any, for an admin), past that policy.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261205100000_OrdersNameTheirService")]
    public partial class OrdersNameTheirService : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE FUNCTION order_services(p_orders uuid[])
            RETURNS TABLE (order_id uuid, title text, slug text, buyer_requirements text)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT o.id, s.title::text, (CASE WHEN s.status = 'active' THEN s.slug END)::text, s.buyer_requirements::text
              FROM orders o JOIN services s ON s.id = o.service_id
              WHERE o.id = ANY (p_orders)
                AND (o.buyer_id = app_current_user_id() OR o.seller_id = app_current_user_id() OR app_is_admin())
            $$;
            REVOKE ALL ON FUNCTION order_services(uuid[]) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION order_services(uuid[]) TO pa_app;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP FUNCTION order_services(uuid[]);");
    }
}
