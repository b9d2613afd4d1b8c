using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Services and mentoring (decision 160). <c>services.tags</c> becomes a stored column generated from the description's
    /// #hashtags, as <c>posts.tags</c> is from content, and a trigger counts them in <c>tags</c> like posts do (a deleted
    /// service gives its uses back). The counting itself moves into one function, <c>apply_tag_usage</c>, that the posts
    /// trigger now calls too (decision 019: one rule). <c>services.price_from</c> is the cheapest package, generated from
    /// <c>packages</c>, for Find a Mentor's price filter. <c>service_slug_taken</c> lets the service form refuse a title
    /// whose slug a stranger's draft already holds (Row Level Security hides the draft itself).
    /// </summary>
    public partial class ServiceListings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(UpSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DownSql);

        private const string UpSql = """
            -- One use per listing or post that carries the tag, the trending score decayed to now before a change
            -- (the body trg_posts_tag_usage had; spellings from the text the tags came from).
            CREATE FUNCTION apply_tag_usage(p_added text[], p_removed text[], p_text text) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              v_half_life float8 := coalesce((SELECT value::float8 FROM platform_settings WHERE key = 'social.trending_half_life_hours'), 24);
            BEGIN
              IF cardinality(p_added) > 0 THEN
                INSERT INTO tags (id, name, slug, usage_count, trending_score, created_at, updated_at)
                SELECT gen_random_uuid(), CASE WHEN char_length(h.name) > 100 THEN h.slug ELSE h.name END, h.slug, 1, 1, now(), now()
                FROM hashtag_spellings(p_text) h WHERE h.slug = ANY (p_added)
                ORDER BY h.slug
                ON CONFLICT (slug) DO UPDATE SET
                  usage_count = tags.usage_count + 1,
                  trending_score = round((tags.trending_score::float8
                      * power(0.5, greatest(extract(epoch FROM (now() - tags.updated_at))::float8 / 3600.0, 0) / v_half_life))::numeric + 1, 2),
                  updated_at = greatest(now(), tags.updated_at + interval '1 microsecond');
              END IF;

              IF cardinality(p_removed) > 0 THEN
                UPDATE tags SET
                  usage_count = greatest(usage_count - 1, 0),
                  trending_score = round((trending_score::float8
                      * power(0.5, greatest(extract(epoch FROM (now() - updated_at))::float8 / 3600.0, 0) / v_half_life))::numeric, 2),
                  updated_at = greatest(now(), updated_at + interval '1 microsecond')
                WHERE slug = ANY (p_removed);
              END IF;
            END $$;
            REVOKE ALL ON FUNCTION apply_tag_usage(text[], text[], text) FROM PUBLIC;

            CREATE OR REPLACE FUNCTION trg_posts_tag_usage() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            BEGIN
              IF TG_OP = 'INSERT' THEN
                PERFORM apply_tag_usage(NEW.tags, '{}', NEW.content);
              ELSIF TG_OP = 'DELETE' THEN
                PERFORM apply_tag_usage('{}', OLD.tags, OLD.content);
              ELSE
                PERFORM apply_tag_usage(ARRAY(SELECT unnest(NEW.tags) EXCEPT SELECT unnest(OLD.tags)),
                                        ARRAY(SELECT unnest(OLD.tags) EXCEPT SELECT unnest(NEW.tags)), NEW.content);
              END IF;
              RETURN NULL;
            END $$;

            -- services.tags from the description, as posts.tags from content.
            DROP INDEX ix_services_tags;
            ALTER TABLE services DROP COLUMN tags;
            ALTER TABLE services ADD COLUMN tags text[] NOT NULL GENERATED ALWAYS AS (extract_hashtag_slugs(description)) STORED;
            CREATE INDEX ix_services_tags ON services USING gin (tags);

            -- A deleted service no longer counts; drafts and paused ones do, as hidden posts do (decision 019).
            CREATE FUNCTION trg_services_tag_usage() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              v_old text[] := '{}';
              v_new text[] := '{}';
            BEGIN
              IF TG_OP <> 'INSERT' AND OLD.status <> 'deleted' THEN v_old := OLD.tags; END IF;
              IF TG_OP <> 'DELETE' AND NEW.status <> 'deleted' THEN v_new := NEW.tags; END IF;
              PERFORM apply_tag_usage(ARRAY(SELECT unnest(v_new) EXCEPT SELECT unnest(v_old)),
                                      ARRAY(SELECT unnest(v_old) EXCEPT SELECT unnest(v_new)),
                                      CASE WHEN TG_OP = 'DELETE' THEN OLD.description ELSE NEW.description END);
              RETURN NULL;
            END $$;
            REVOKE ALL ON FUNCTION trg_services_tag_usage() FROM PUBLIC;
            CREATE TRIGGER trg_services_tag_usage AFTER INSERT OR DELETE OR UPDATE OF description, status ON services
            FOR EACH ROW EXECUTE FUNCTION trg_services_tag_usage();

            -- The cheapest package's price; null without a priced package.
            CREATE FUNCTION service_price_from(p_packages jsonb) RETURNS numeric
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
              SELECT min((p ->> 'price')::numeric)
              FROM jsonb_array_elements(CASE WHEN jsonb_typeof(p_packages) = 'array' THEN p_packages ELSE '[]'::jsonb END) AS p
              WHERE jsonb_typeof(p -> 'price') = 'number'
            $$;
            GRANT EXECUTE ON FUNCTION service_price_from(jsonb) TO pa_app, pa_jobs;
            ALTER TABLE services ADD COLUMN price_from numeric(10,2) GENERATED ALWAYS AS (service_price_from(packages)) STORED;
            CREATE INDEX ix_services_mentors ON services (price_from) WHERE is_mentoring AND status = 'active';

            -- Whether another service holds a slug, drafts of other sellers included; tells nothing else about them.
            CREATE FUNCTION service_slug_taken(p_slug text, p_except uuid) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT EXISTS (SELECT 1 FROM services WHERE slug = p_slug AND id <> p_except)
            $$;
            REVOKE ALL ON FUNCTION service_slug_taken(text, uuid) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION service_slug_taken(text, uuid) TO pa_app;
            """;

        // The posts trigger keeps calling apply_tag_usage: its behaviour is the same as before this migration.
        private const string DownSql = """
            DROP FUNCTION service_slug_taken(text, uuid);
            DROP INDEX ix_services_mentors;
            ALTER TABLE services DROP COLUMN price_from;
            DROP FUNCTION service_price_from(jsonb);
            DROP TRIGGER trg_services_tag_usage ON services;
            DROP FUNCTION trg_services_tag_usage();
            DROP INDEX ix_services_tags;
            ALTER TABLE services DROP COLUMN tags;
            ALTER TABLE services ADD COLUMN tags text[] NOT NULL DEFAULT '{}';
            CREATE INDEX ix_services_tags ON services USING gin (tags);
            """;
    }
}
