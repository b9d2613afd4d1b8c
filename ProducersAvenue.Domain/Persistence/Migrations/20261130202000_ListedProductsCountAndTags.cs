using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Listings that the public sees (active and approved) are what counts (decision 140):
    /// <c>user_profiles.products_count</c> counted every listing that was not deleted, drafts and paused ones included,
    /// so a public profile's number gave away private drafts and disagreed with its Products tab; it now counts listed
    /// products (recomputed here). And a listing's <c>tags</c> feed <c>tags.usage_count</c> like posts do (decision 019):
    /// a product adds one use of each of its tags while it is listed and takes it away when it stops being listed or loses
    /// the tag. A new tag's name is its spelling in the description when there is one, its slug otherwise.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261130202000_ListedProductsCountAndTags")]
    public partial class ListedProductsCountAndTags : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION trg_products_count() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              was boolean := TG_OP <> 'INSERT' AND OLD.status = 'active' AND OLD.is_approved;
              now_ boolean := TG_OP <> 'DELETE' AND NEW.status = 'active' AND NEW.is_approved;
            BEGIN
              IF TG_OP = 'UPDATE' AND was AND now_ AND OLD.seller_id IS DISTINCT FROM NEW.seller_id THEN
                UPDATE user_profiles SET products_count = greatest(products_count - 1, 0) WHERE user_id = OLD.seller_id;
                UPDATE user_profiles SET products_count = products_count + 1 WHERE user_id = NEW.seller_id;
              ELSIF now_ AND NOT was THEN
                UPDATE user_profiles SET products_count = products_count + 1 WHERE user_id = NEW.seller_id;
              ELSIF was AND NOT now_ THEN
                UPDATE user_profiles SET products_count = greatest(products_count - 1, 0) WHERE user_id = OLD.seller_id;
              END IF;
              RETURN NULL;
            END $$;
            DROP TRIGGER IF EXISTS trg_products_count ON products;
            CREATE TRIGGER trg_products_count AFTER INSERT OR DELETE OR UPDATE OF status, is_approved, seller_id ON products
            FOR EACH ROW EXECUTE FUNCTION trg_products_count();

            UPDATE user_profiles u SET products_count = coalesce(
              (SELECT count(*) FROM products p WHERE p.seller_id = u.user_id AND p.status = 'active' AND p.is_approved), 0)
            WHERE u.products_count IS DISTINCT FROM coalesce(
              (SELECT count(*) FROM products p WHERE p.seller_id = u.user_id AND p.status = 'active' AND p.is_approved), 0);

            -- One use per listed product that carries the tag, decayed like the posts' trigger (TagUsageByTrigger).
            CREATE FUNCTION trg_products_tag_usage() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              v_old text[] := CASE WHEN TG_OP <> 'INSERT' AND OLD.status = 'active' AND OLD.is_approved THEN OLD.tags ELSE '{}' END;
              v_new text[] := CASE WHEN TG_OP <> 'DELETE' AND NEW.status = 'active' AND NEW.is_approved THEN NEW.tags ELSE '{}' END;
              v_added text[] := ARRAY(SELECT unnest(v_new) EXCEPT SELECT unnest(v_old));
              v_removed text[] := ARRAY(SELECT unnest(v_old) EXCEPT SELECT unnest(v_new));
              v_half_life float8 := coalesce((SELECT value::float8 FROM platform_settings WHERE key = 'social.trending_half_life_hours'), 24);
            BEGIN
              IF cardinality(v_added) > 0 THEN
                INSERT INTO tags (id, name, slug, usage_count, trending_score, created_at, updated_at)
                SELECT gen_random_uuid(), left(coalesce(h.name, a.slug), 100), left(a.slug, 100), 1, 1, now(), now()
                FROM unnest(v_added) AS a(slug)
                LEFT JOIN hashtag_spellings(NEW.description) h ON h.slug = a.slug
                WHERE a.slug <> ''
                ORDER BY a.slug
                ON CONFLICT (slug) DO UPDATE SET
                  usage_count = tags.usage_count + 1,
                  trending_score = round((tags.trending_score::float8
                      * power(0.5, greatest(extract(epoch FROM (now() - tags.updated_at))::float8 / 3600.0, 0) / v_half_life))::numeric + 1, 2),
                  updated_at = greatest(now(), tags.updated_at + interval '1 microsecond');
              END IF;

              IF cardinality(v_removed) > 0 THEN
                UPDATE tags SET
                  usage_count = greatest(usage_count - 1, 0),
                  trending_score = round((trending_score::float8
                      * power(0.5, greatest(extract(epoch FROM (now() - updated_at))::float8 / 3600.0, 0) / v_half_life))::numeric, 2),
                  updated_at = greatest(now(), updated_at + interval '1 microsecond')
                WHERE slug = ANY (v_removed);
              END IF;
              RETURN NULL;
            END $$;
            REVOKE ALL ON FUNCTION trg_products_tag_usage() FROM PUBLIC;
            CREATE TRIGGER trg_products_tag_usage AFTER INSERT OR DELETE OR UPDATE OF tags, status, is_approved ON products
            FOR EACH ROW EXECUTE FUNCTION trg_products_tag_usage();
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP TRIGGER trg_products_tag_usage ON products;
            DROP FUNCTION trg_products_tag_usage();
            CREATE OR REPLACE FUNCTION trg_products_count() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              was boolean := TG_OP <> 'INSERT' AND OLD.status <> 'deleted';
              now_ boolean := TG_OP <> 'DELETE' AND NEW.status <> 'deleted';
            BEGIN
              IF now_ AND NOT was THEN
                UPDATE user_profiles SET products_count = products_count + 1 WHERE user_id = NEW.seller_id;
              ELSIF was AND NOT now_ THEN
                UPDATE user_profiles SET products_count = greatest(products_count - 1, 0) WHERE user_id = OLD.seller_id;
              END IF;
              RETURN NULL;
            END $$;
            DROP TRIGGER IF EXISTS trg_products_count ON products;
            CREATE TRIGGER trg_products_count AFTER INSERT OR DELETE OR UPDATE OF status ON products FOR EACH ROW EXECUTE FUNCTION trg_products_count();
            UPDATE user_profiles u SET products_count = coalesce(
              (SELECT count(*) FROM products p WHERE p.seller_id = u.user_id AND p.status <> 'deleted'), 0);
            """);
    }
}
