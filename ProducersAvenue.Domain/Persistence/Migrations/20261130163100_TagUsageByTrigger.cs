using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// <c>tags.usage_count</c> (and its decayed <c>trending_score</c>) kept by a trigger on <c>posts</c> like every other
    /// counter (docs/decisions/001, 019) instead of by PostService: a post that gains a tag adds one use, one that loses it
    /// (edit or delete) takes one away, never below zero. A new tag's name is its first spelling in the post, read by
    /// <c>hashtag_spellings</c>, which now holds the hashtag regex that <c>extract_hashtag_slugs</c> (behind
    /// <c>posts.tags</c>) reads from. Members no longer write <c>tags</c> themselves (Row Level Security: admins only).
    /// The trending half-life comes from <c>platform_settings</c> (Social:TrendingHalfLifeHours, decision 004).
    /// </summary>
    public partial class TagUsageByTrigger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(UpSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DownSql);

        private const string UpSql = """
            -- The #hashtags of a text, one row per slug with its first spelling (NFC), in the rule of Content/Hashtags
            -- (decision 041). extract_hashtag_slugs is this function's slugs.
            CREATE FUNCTION hashtag_spellings(p_text text) RETURNS TABLE (slug text, name text)
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
              SELECT DISTINCT ON (s) s, n FROM (
                SELECT lower(normalize(m[1], NFC)) AS s, normalize(m[1], NFC) AS n, x.ord
                FROM regexp_matches(coalesce(p_text, ''),
                  '(?<![[:alnum:]/\\@#&.=+%$`:\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f-])#([[:alnum:]_][[:alnum:]_\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]*)',
                  'g') WITH ORDINALITY AS x(m, ord)
              ) t WHERE char_length(s) <= 30
              ORDER BY s, ord
            $$;
            GRANT EXECUTE ON FUNCTION hashtag_spellings(text) TO pa_app, pa_jobs;

            CREATE OR REPLACE FUNCTION extract_hashtag_slugs(p_text text) RETURNS text[]
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
              SELECT coalesce(array_agg(slug ORDER BY slug), '{}'::text[]) FROM hashtag_spellings(p_text)
            $$;

            -- One use per post that carries the tag. The score is "uses, each halved per half-life of its age", stored as
            -- its value at updated_at: decayed to now before one is added or taken away.
            CREATE FUNCTION trg_posts_tag_usage() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              v_added text[] := '{}';
              v_removed text[] := '{}';
              v_half_life float8 := coalesce((SELECT value::float8 FROM platform_settings WHERE key = 'social.trending_half_life_hours'), 24);
            BEGIN
              IF TG_OP = 'INSERT' THEN
                v_added := NEW.tags;
              ELSIF TG_OP = 'DELETE' THEN
                v_removed := OLD.tags;
              ELSE
                v_added := ARRAY(SELECT unnest(NEW.tags) EXCEPT SELECT unnest(OLD.tags));
                v_removed := ARRAY(SELECT unnest(OLD.tags) EXCEPT SELECT unnest(NEW.tags));
              END IF;

              IF cardinality(v_added) > 0 THEN
                INSERT INTO tags (id, name, slug, usage_count, trending_score, created_at, updated_at)
                SELECT gen_random_uuid(), CASE WHEN char_length(h.name) > 100 THEN h.slug ELSE h.name END, h.slug, 1, 1, now(), now()
                FROM hashtag_spellings(NEW.content) h WHERE h.slug = ANY (v_added)
                ORDER BY h.slug
                ON CONFLICT (slug) DO UPDATE SET
                  usage_count = tags.usage_count + 1,
                  trending_score = round((tags.trending_score::float8
                      * power(0.5, greatest(extract(epoch FROM (now() - tags.updated_at))::float8 / 3600.0, 0) / v_half_life))::numeric + 1, 2),
                  -- Always distinct from the old value, so the set_updated_at trigger keeps it.
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
            REVOKE ALL ON FUNCTION trg_posts_tag_usage() FROM PUBLIC;
            CREATE TRIGGER trg_posts_tag_usage AFTER INSERT OR DELETE OR UPDATE OF content ON posts
            FOR EACH ROW EXECUTE FUNCTION trg_posts_tag_usage();

            -- Members counted uses themselves until now; the trigger does it, so only admins write tags.
            DROP POLICY members_count_uses ON tags;
            DROP POLICY members_count_uses_update ON tags;
            CREATE POLICY admins_insert ON tags FOR INSERT WITH CHECK ((select app_is_admin()));
            CREATE POLICY admins_update ON tags FOR UPDATE USING ((select app_is_admin())) WITH CHECK ((select app_is_admin()));
            """;

        private const string DownSql = """
            DROP POLICY admins_insert ON tags;
            DROP POLICY admins_update ON tags;
            CREATE POLICY members_count_uses ON tags FOR INSERT WITH CHECK ((select app_current_user_id()) IS NOT NULL);
            CREATE POLICY members_count_uses_update ON tags FOR UPDATE
              USING ((select app_current_user_id()) IS NOT NULL) WITH CHECK ((select app_current_user_id()) IS NOT NULL);
            DROP TRIGGER trg_posts_tag_usage ON posts;
            DROP FUNCTION trg_posts_tag_usage();
            CREATE OR REPLACE FUNCTION extract_hashtag_slugs(p_text text) RETURNS text[]
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
              SELECT coalesce(array_agg(DISTINCT s ORDER BY s), '{}'::text[]) FROM (
                SELECT lower(normalize(m[1], NFC)) AS s
                FROM regexp_matches(coalesce(p_text, ''),
                  '(?<![[:alnum:]/\\@#&.=+%$`:\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f-])#([[:alnum:]_][[:alnum:]_\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]*)',
                  'g') AS m
              ) t WHERE char_length(s) <= 30
            $$;
            DROP FUNCTION hashtag_spellings(text);
            """;
    }
}
