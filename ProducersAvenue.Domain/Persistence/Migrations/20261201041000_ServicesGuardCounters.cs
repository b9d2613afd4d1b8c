using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Services get the products' guard (decision 140): a seller manages their own service (RLS), but its counters and
    /// ratings — which the storefront sorts by and buyers trust — its seller and a deleted status are not theirs to write,
    /// nor (as before, decision 175) whether it is featured. Counter and rating triggers run as the owner and pass.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201041000_ServicesGuardCounters")]
    public partial class ServicesGuardCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION trg_services_guard() RETURNS trigger
            LANGUAGE plpgsql SET search_path = public AS $$
            BEGIN
              IF current_user NOT IN ('pa_app', 'pa_jobs') OR app_is_admin() THEN RETURN NEW; END IF;
              IF TG_OP = 'INSERT' THEN
                IF NEW.views_count <> 0 OR NEW.orders_count <> 0 OR NEW.reviews_count <> 0 OR NEW.rating_average <> 0
                   OR NEW.completion_rate IS NOT NULL OR NEW.response_time_hours IS NOT NULL THEN
                  RAISE EXCEPTION 'a new service starts with no counts or ratings' USING ERRCODE = '42501';
                END IF;
                IF NEW.is_featured THEN
                  RAISE EXCEPTION 'a listing is featured through app_feature_listing' USING ERRCODE = '42501';
                END IF;
              ELSIF NEW.views_count IS DISTINCT FROM OLD.views_count OR NEW.orders_count IS DISTINCT FROM OLD.orders_count
                 OR NEW.reviews_count IS DISTINCT FROM OLD.reviews_count OR NEW.rating_average IS DISTINCT FROM OLD.rating_average
                 OR NEW.completion_rate IS DISTINCT FROM OLD.completion_rate
                 OR NEW.response_time_hours IS DISTINCT FROM OLD.response_time_hours
                 OR NEW.seller_id IS DISTINCT FROM OLD.seller_id OR (OLD.status = 'deleted' AND NEW.status <> 'deleted') THEN
                RAISE EXCEPTION 'only admins change the counters, ratings, seller or a deleted status of a listing' USING ERRCODE = '42501';
              ELSIF NEW.is_featured IS DISTINCT FROM OLD.is_featured THEN
                RAISE EXCEPTION 'a listing is featured through app_feature_listing' USING ERRCODE = '42501';
              END IF;
              RETURN NEW;
            END $$;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION trg_services_guard() RETURNS trigger
            LANGUAGE plpgsql SET search_path = public AS $$
            BEGIN
              IF current_user NOT IN ('pa_app', 'pa_jobs') OR app_is_admin() THEN RETURN NEW; END IF;
              IF (TG_OP = 'INSERT' AND NEW.is_featured) OR (TG_OP = 'UPDATE' AND NEW.is_featured IS DISTINCT FROM OLD.is_featured) THEN
                RAISE EXCEPTION 'a listing is featured through app_feature_listing' USING ERRCODE = '42501';
              END IF;
              RETURN NEW;
            END $$;
            """);
    }
}
