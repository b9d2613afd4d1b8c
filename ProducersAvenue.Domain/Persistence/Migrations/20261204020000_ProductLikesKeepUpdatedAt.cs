using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Members like products now (decision 155), and <c>products.likes_count</c> follows <c>product_likes</c> as before — but a
    /// like is not an edit: the count moves <c>updated_at</c> by a microsecond only, as views do (decision 141), so a seller's
    /// list (newest change first) is not reshuffled by members' likes. The trigger keeps its name.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261204020000_ProductLikesKeepUpdatedAt")]
    public partial class ProductLikesKeepUpdatedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE FUNCTION trg_product_likes_count() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            BEGIN
              IF TG_OP = 'INSERT' THEN
                UPDATE products SET likes_count = likes_count + 1, updated_at = updated_at + interval '1 microsecond'
                WHERE id = NEW.product_id;
              ELSE
                UPDATE products SET likes_count = greatest(likes_count - 1, 0), updated_at = updated_at + interval '1 microsecond'
                WHERE id = OLD.product_id;
              END IF;
              RETURN NULL;
            END $$;
            REVOKE ALL ON FUNCTION trg_product_likes_count() FROM PUBLIC;
            DROP TRIGGER trg_product_likes_count ON product_likes;
            CREATE TRIGGER trg_product_likes_count AFTER INSERT OR DELETE ON product_likes FOR EACH ROW EXECUTE FUNCTION trg_product_likes_count();
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP TRIGGER trg_product_likes_count ON product_likes;
            CREATE TRIGGER trg_product_likes_count AFTER INSERT OR DELETE ON product_likes FOR EACH ROW EXECUTE FUNCTION trg_child_count('products', 'likes_count', 'product_id');
            DROP FUNCTION trg_product_likes_count();
            """);
    }
}
