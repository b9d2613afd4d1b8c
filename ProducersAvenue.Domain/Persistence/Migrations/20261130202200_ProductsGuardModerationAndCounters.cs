using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Sellers manage their own listings (RLS <c>edit_own</c>), but the approval, the counters and the owner are not theirs
    /// to write, and nothing leaves deleted (decision 100): a guard like <c>trg_user_profiles_guard</c> refuses those
    /// changes from the application roles unless the caller is an admin (decision 140). Counter triggers and
    /// <c>app_record_product_view</c> run as the owner and are not guarded.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261130202200_ProductsGuardModerationAndCounters")]
    public partial class ProductsGuardModerationAndCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE FUNCTION trg_products_guard() RETURNS trigger
            LANGUAGE plpgsql SET search_path = public AS $$
            BEGIN
              IF current_user NOT IN ('pa_app', 'pa_jobs') OR app_is_admin() THEN RETURN NEW; END IF;
              IF TG_OP = 'INSERT' THEN
                IF NEW.views_count <> 0 OR NEW.likes_count <> 0 OR NEW.purchases_count <> 0 OR NEW.reviews_count <> 0
                   OR NEW.rating_average <> 0 OR NEW.approval_notes IS NOT NULL THEN
                  RAISE EXCEPTION 'a new listing starts with no counts and no approval notes' USING ERRCODE = '42501';
                END IF;
              ELSIF NEW.is_approved IS DISTINCT FROM OLD.is_approved OR NEW.approval_notes IS DISTINCT FROM OLD.approval_notes
                 OR NEW.views_count IS DISTINCT FROM OLD.views_count OR NEW.likes_count IS DISTINCT FROM OLD.likes_count
                 OR NEW.purchases_count IS DISTINCT FROM OLD.purchases_count OR NEW.reviews_count IS DISTINCT FROM OLD.reviews_count
                 OR NEW.rating_average IS DISTINCT FROM OLD.rating_average OR NEW.seller_id IS DISTINCT FROM OLD.seller_id
                 OR (OLD.status = 'deleted' AND NEW.status <> 'deleted') THEN
                RAISE EXCEPTION 'only admins change the approval, counters, seller or a deleted status of a listing' USING ERRCODE = '42501';
              END IF;
              RETURN NEW;
            END $$;
            CREATE TRIGGER trg_products_guard BEFORE INSERT OR UPDATE ON products FOR EACH ROW EXECUTE FUNCTION trg_products_guard();
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP TRIGGER trg_products_guard ON products;
            DROP FUNCTION trg_products_guard();
            """);
    }
}
