using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// A product's files keep the names the seller uploaded them under (decision 238), as an order's do: the edit form showed
    /// "ab73fe3f….zip" for "Drum kit.zip". <c>products.file_names</c> beside the schema document's <c>file_urls</c>: empty
    /// (files from before) or one name per file. Buyers still save a file under the product's own name. The table's policies
    /// and grants cover the column.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261206030000_ProductFileNames")]
    public partial class ProductFileNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE products
              ADD COLUMN file_names text[] NOT NULL DEFAULT '{}',
              ADD CONSTRAINT ck_products_file_names CHECK (cardinality(file_names) IN (0, cardinality(file_urls)));
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE products DROP COLUMN file_names;
            """);
    }
}
