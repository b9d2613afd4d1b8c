using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Listings by their title in any capitals (decision 269): a published listing keeps its address when renamed, so a new
    /// listing with the renamed title gets a fresh address, and only its title tells that it is taken —
    /// <c>ProductService</c> looks it up here before it saves.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261207130000_ProductTitlesByCase")]
    public partial class ProductTitlesByCase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(
            "CREATE INDEX ix_products_lower_title ON products (lower(title)) WHERE status <> 'deleted';");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(
            "DROP INDEX ix_products_lower_title;");
    }
}
