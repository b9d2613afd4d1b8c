using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Featured listings (decision 175): only an admin or <c>app_feature_listing</c> sets <c>is_featured</c>. The products
    /// guard (<c>ProductsGuardModerationAndCounters</c>) now refuses <c>is_featured</c> and <c>featured_at</c> from the
    /// application roles, and services get a guard for <c>is_featured</c>. <c>app_feature_listing</c> runs as the owner:
    /// it locks the listing, then the seller's profile row, counts the seller's featured products and services and
    /// features only below the limit the app passes for the seller's plan, so two clicks at once cannot pass it; an admin
    /// features any listing on sale without a limit; unfeaturing is always allowed.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201020000_FeaturedListings")]
    public partial class FeaturedListings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION trg_products_guard() RETURNS trigger
            LANGUAGE plpgsql SET search_path = public AS $$
            BEGIN
              IF current_user NOT IN ('pa_app', 'pa_jobs') OR app_is_admin() THEN RETURN NEW; END IF;
              IF TG_OP = 'INSERT' THEN
                IF NEW.views_count <> 0 OR NEW.likes_count <> 0 OR NEW.purchases_count <> 0 OR NEW.reviews_count <> 0
                   OR NEW.rating_average <> 0 OR NEW.approval_notes IS NOT NULL THEN
                  RAISE EXCEPTION 'a new listing starts with no counts and no approval notes' USING ERRCODE = '42501';
                END IF;
                IF NEW.is_featured OR NEW.featured_at IS NOT NULL THEN
                  RAISE EXCEPTION 'a listing is featured through app_feature_listing' USING ERRCODE = '42501';
                END IF;
              ELSIF NEW.is_approved IS DISTINCT FROM OLD.is_approved OR NEW.approval_notes IS DISTINCT FROM OLD.approval_notes
                 OR NEW.views_count IS DISTINCT FROM OLD.views_count OR NEW.likes_count IS DISTINCT FROM OLD.likes_count
                 OR NEW.purchases_count IS DISTINCT FROM OLD.purchases_count OR NEW.reviews_count IS DISTINCT FROM OLD.reviews_count
                 OR NEW.rating_average IS DISTINCT FROM OLD.rating_average OR NEW.seller_id IS DISTINCT FROM OLD.seller_id
                 OR (OLD.status = 'deleted' AND NEW.status <> 'deleted') THEN
                RAISE EXCEPTION 'only admins change the approval, counters, seller or a deleted status of a listing' USING ERRCODE = '42501';
              ELSIF NEW.is_featured IS DISTINCT FROM OLD.is_featured OR NEW.featured_at IS DISTINCT FROM OLD.featured_at THEN
                RAISE EXCEPTION 'a listing is featured through app_feature_listing' USING ERRCODE = '42501';
              END IF;
              RETURN NEW;
            END $$;

            CREATE FUNCTION trg_services_guard() RETURNS trigger
            LANGUAGE plpgsql SET search_path = public AS $$
            BEGIN
              IF current_user NOT IN ('pa_app', 'pa_jobs') OR app_is_admin() THEN RETURN NEW; END IF;
              IF (TG_OP = 'INSERT' AND NEW.is_featured) OR (TG_OP = 'UPDATE' AND NEW.is_featured IS DISTINCT FROM OLD.is_featured) THEN
                RAISE EXCEPTION 'a listing is featured through app_feature_listing' USING ERRCODE = '42501';
              END IF;
              RETURN NEW;
            END $$;
            CREATE TRIGGER trg_services_guard BEFORE INSERT OR UPDATE ON services FOR EACH ROW EXECUTE FUNCTION trg_services_guard();

            -- What counts toward a seller's limit: their featured products and services that are not deleted (paused
            -- ones too, or pausing would make room). Runs with the caller's rights (RLS applies) unless a definer calls it.
            CREATE FUNCTION featured_listings_count(p_seller uuid) RETURNS integer
            LANGUAGE sql STABLE SET search_path = public AS $$
              SELECT ((SELECT count(*) FROM products WHERE seller_id = p_seller AND is_featured AND status <> 'deleted')
                    + (SELECT count(*) FROM services WHERE seller_id = p_seller AND is_featured AND status <> 'deleted'))::integer
            $$;
            REVOKE ALL ON FUNCTION featured_listings_count(uuid) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION featured_listings_count(uuid) TO pa_app;

            -- Features (or unfeatures) the caller's listing; 'ok', 'not_found', 'not_listed' or 'limit'. p_limit is the
            -- featured limit of the seller's plan (configuration); admins feature any listing on sale past it.
            CREATE FUNCTION app_feature_listing(p_kind text, p_listing_id uuid, p_featured boolean, p_limit integer, p_at timestamptz)
            RETURNS text
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              v_me uuid := app_current_user_id();
              v_admin boolean := app_is_admin();
              v_seller uuid;
              v_status text;
              v_listed boolean;
              v_featured boolean;
            BEGIN
              IF v_me IS NULL THEN RETURN 'not_found'; END IF;
              IF p_kind = 'product' THEN
                SELECT seller_id, status, status = 'active' AND is_approved, is_featured INTO v_seller, v_status, v_listed, v_featured
                FROM products WHERE id = p_listing_id FOR UPDATE;
              ELSIF p_kind = 'service' THEN
                SELECT seller_id, status, status = 'active', is_featured INTO v_seller, v_status, v_listed, v_featured
                FROM services WHERE id = p_listing_id FOR UPDATE;
              ELSE
                RAISE EXCEPTION 'unknown listing kind %', p_kind USING ERRCODE = '22023';
              END IF;
              IF v_seller IS NULL OR v_status = 'deleted' OR (v_seller <> v_me AND NOT v_admin) THEN RETURN 'not_found'; END IF;
              IF v_featured = p_featured THEN RETURN 'ok'; END IF;

              IF p_featured THEN
                IF NOT v_listed THEN RETURN 'not_listed'; END IF;
                IF NOT v_admin THEN
                  -- One seller's features take turns: the second of two clicks counts after the first has committed.
                  PERFORM 1 FROM user_profiles WHERE user_id = v_seller FOR NO KEY UPDATE;
                  IF featured_listings_count(v_seller) >= greatest(p_limit, 0) THEN RETURN 'limit'; END IF;
                END IF;
              END IF;

              IF p_kind = 'product' THEN
                UPDATE products SET is_featured = p_featured, featured_at = CASE WHEN p_featured THEN p_at END WHERE id = p_listing_id;
              ELSE
                UPDATE services SET is_featured = p_featured WHERE id = p_listing_id;
              END IF;
              RETURN 'ok';
            END $$;
            REVOKE ALL ON FUNCTION app_feature_listing(text, uuid, boolean, integer, timestamptz) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION app_feature_listing(text, uuid, boolean, integer, timestamptz) TO pa_app;

            -- Products count their tags through apply_tag_usage, the one counting body posts and services use (decision
            -- 160). A listing counts while it is listed (decision 140); spellings come from the description, the title,
            -- then the typed tags.
            CREATE OR REPLACE FUNCTION trg_products_tag_usage() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              v_old text[] := CASE WHEN TG_OP <> 'INSERT' AND OLD.status = 'active' AND OLD.is_approved THEN OLD.tags ELSE '{}' END;
              v_new text[] := CASE WHEN TG_OP <> 'DELETE' AND NEW.status = 'active' AND NEW.is_approved THEN NEW.tags ELSE '{}' END;
              v_row products;
            BEGIN
              IF TG_OP = 'DELETE' THEN v_row := OLD; ELSE v_row := NEW; END IF;
              PERFORM apply_tag_usage(ARRAY(SELECT unnest(v_new) EXCEPT SELECT unnest(v_old)),
                                      ARRAY(SELECT unnest(v_old) EXCEPT SELECT unnest(v_new)),
                                      concat_ws(' ', v_row.description, v_row.title,
                                                (SELECT string_agg('#' || t, ' ') FROM unnest(v_row.tags) AS t)));
              RETURN NULL;
            END $$;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION trg_products_tag_usage() RETURNS trigger
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
            DROP FUNCTION app_feature_listing(text, uuid, boolean, integer, timestamptz);
            DROP FUNCTION featured_listings_count(uuid);
            DROP TRIGGER trg_services_guard ON services;
            DROP FUNCTION trg_services_guard();
            CREATE OR REPLACE FUNCTION trg_products_guard() RETURNS trigger
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
            """);
    }
}
