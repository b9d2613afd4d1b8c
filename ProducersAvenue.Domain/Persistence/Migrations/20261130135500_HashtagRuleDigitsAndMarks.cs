using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// <c>extract_hashtag_slugs</c> (behind the stored column <c>posts.tags</c>) follows the hashtag rule of
    /// <c>Content/Hashtags</c> again (docs/decisions/041): digits-only tags (#808) count, combining marks continue a tag
    /// ("#Cafe" + U+0301 is #café), slugs are NFC before lower-casing, and the 30-character limit counts code points.
    /// Posts whose stored tags change are recomputed (without touching updated_at), and digits-only tags already in
    /// posts get their <c>tags</c> row.
    /// </summary>
    public partial class HashtagRuleDigitsAndMarks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION extract_hashtag_slugs(p_text text) RETURNS text[]
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                  SELECT coalesce(array_agg(DISTINCT s ORDER BY s), '{}'::text[]) FROM (
                    SELECT lower(normalize(m[1], NFC)) AS s
                    FROM regexp_matches(coalesce(p_text, ''),
                      '(?<![[:alnum:]/\\@#&.=+%$`:\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f-])#([[:alnum:]_][[:alnum:]_\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]*)',
                      'g') AS m
                  ) t WHERE char_length(s) <= 30
                $$;

                ALTER TABLE posts DISABLE TRIGGER trg_posts_updated_at;
                UPDATE posts SET tags = DEFAULT WHERE tags IS DISTINCT FROM extract_hashtag_slugs(content);
                ALTER TABLE posts ENABLE TRIGGER trg_posts_updated_at;

                INSERT INTO tags (id, name, slug, usage_count, trending_score, created_at, updated_at)
                SELECT gen_random_uuid(), slug, slug, count(*), 0, now(), now()
                FROM posts, unnest(tags) AS slug
                WHERE slug ~ '^[0-9]+$'
                GROUP BY slug
                ON CONFLICT (slug) DO NOTHING;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION extract_hashtag_slugs(p_text text) RETURNS text[]
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                  SELECT coalesce(array_agg(DISTINCT s ORDER BY s), '{}'::text[]) FROM (
                    SELECT lower(m[1]) AS s
                    FROM regexp_matches(coalesce(p_text, ''), '(?<![[:alnum:]/\\@#&.=+%$`:-])#([[:alnum:]_]+)', 'g') AS m
                  ) t WHERE length(s) <= 30 AND s !~ '^[0-9]+$'
                $$;

                ALTER TABLE posts DISABLE TRIGGER trg_posts_updated_at;
                UPDATE posts SET tags = DEFAULT WHERE tags IS DISTINCT FROM extract_hashtag_slugs(content);
                ALTER TABLE posts ENABLE TRIGGER trg_posts_updated_at;
                """);
        }
    }
}
