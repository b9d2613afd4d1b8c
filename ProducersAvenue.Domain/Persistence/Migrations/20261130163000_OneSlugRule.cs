using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// One slug rule (docs/decisions/019): <c>slugify(text)</c> is the only implementation; C# asks it through
    /// <c>Common/Slug.OfAsync</c>, and the approval of custom values (auto or by an admin) uses it instead of its own
    /// ASCII regex, which made "Drum &amp; Bass" <c>drum-bass</c> where C# made <c>drum-and-bass</c>. Skills and genres
    /// whose stored slug is not their name's slug get it, when no other row holds it (the seeder finds master data by
    /// slug). Category slugs are hand-picked in the master data and stay.
    /// </summary>
    public partial class OneSlugRule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(UpSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DownSql);

        private const string UpSql = """
            -- The slug of a name: accents and other combining marks dropped (NFD), the letters that do not decompose spelled
            -- in ASCII (ß ss, æ ae, œ oe, þ th, ø o, ł l, đ/ð d, ı i), '&' read as "and", every other run of characters
            -- that is not a-z or 0-9 one '-', no '-' at either end, at most 80 characters. ASCII lower-casing only, so the
            -- answer does not depend on the database's locale. Empty when nothing of a-z0-9 is left (emoji, other scripts).
            CREATE FUNCTION slugify(p_value text) RETURNS text
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
              SELECT trim(both '-' from left(trim(both '-' from
                regexp_replace(lower(
                  translate(
                    replace(replace(replace(replace(replace(replace(replace(replace(replace(
                      regexp_replace(normalize(p_value, NFD), '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g'),
                      '&', ' and '), 'ß', 'ss'), 'ẞ', 'ss'), 'æ', 'ae'), 'Æ', 'ae'), 'œ', 'oe'), 'Œ', 'oe'), 'þ', 'th'), 'Þ', 'th'),
                    'øØłŁđĐðÐı', 'oollddddi')),
                  '[^a-z0-9]+', '-', 'g')), 80))
            $$;
            GRANT EXECUTE ON FUNCTION slugify(text) TO pa_app, pa_jobs;

            """ + ApprovalSql + """

            UPDATE skills s SET slug = n.slug
            FROM (SELECT DISTINCT ON (slugify(name)) id, slugify(name) AS slug FROM skills
                  WHERE slug <> slugify(name) AND slugify(name) <> '' ORDER BY slugify(name), id) n
            WHERE s.id = n.id AND NOT EXISTS (SELECT 1 FROM skills o WHERE o.slug = n.slug);
            UPDATE genres g SET slug = n.slug
            FROM (SELECT DISTINCT ON (slugify(name)) id, slugify(name) AS slug FROM genres
                  WHERE slug <> slugify(name) AND slugify(name) <> '' ORDER BY slugify(name), id) n
            WHERE g.id = n.id AND NOT EXISTS (SELECT 1 FROM genres o WHERE o.slug = n.slug);
            """;

        /// <summary>The approval of a custom value as InitialSchema wrote it, with its slug from <c>slugify</c>.</summary>
        private const string ApprovalSql = """
            CREATE OR REPLACE FUNCTION custom_field_request_apply_approval(p_request_id uuid, p_reviewer uuid, p_status text)
            RETURNS uuid
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              r custom_field_requests%ROWTYPE;
              v_slug text;
              v_field_id uuid;
              v_label text;
            BEGIN
              SELECT * INTO r FROM custom_field_requests WHERE id = p_request_id FOR UPDATE;
              IF NOT FOUND OR r.status <> 'pending' THEN RETURN r.created_field_id; END IF;

              v_slug := slugify(r.field_value);
              IF v_slug = '' THEN v_slug := 'field-' || substr(md5(r.id::text), 1, 8); END IF;

              IF r.field_type = 'skill' THEN
                INSERT INTO skills (category_id, name, slug, is_active, is_admin_approved)
                VALUES (r.category_id, r.field_value, v_slug, true, true)
                ON CONFLICT (slug) DO UPDATE SET is_admin_approved = true, is_active = true
                RETURNING id INTO v_field_id;
                INSERT INTO user_skills (user_id, skill_id) SELECT u, v_field_id FROM unnest(r.requested_by) u ON CONFLICT DO NOTHING;
                v_label := 'skill';
              ELSIF r.field_type = 'genre' THEN
                INSERT INTO genres (name, slug, is_active) VALUES (r.field_value, v_slug, true)
                ON CONFLICT (slug) DO UPDATE SET is_active = true
                RETURNING id INTO v_field_id;
                INSERT INTO user_genres (user_id, genre_id) SELECT u, v_field_id FROM unnest(r.requested_by) u ON CONFLICT DO NOTHING;
                v_label := 'genre';
              ELSE
                INSERT INTO categories (name, slug, sort_order, is_active)
                VALUES (r.field_value, v_slug, coalesce((SELECT max(sort_order) FROM categories), 0) + 1, true)
                ON CONFLICT (slug) DO UPDATE SET is_active = true
                RETURNING id INTO v_field_id;
                INSERT INTO user_categories (user_id, category_id) SELECT u, v_field_id FROM unnest(r.requested_by) u ON CONFLICT DO NOTHING;
                v_label := 'category';
              END IF;

              UPDATE custom_field_requests
              SET status = p_status, reviewed_by = p_reviewer, reviewed_at = now(), created_field_id = v_field_id, rejection_reason = NULL
              WHERE id = r.id;

              INSERT INTO notifications (user_id, type, title, message, link_url, actor_id, related_id)
              SELECT u, 'custom_field', 'Your ' || v_label || ' was approved',
                     '"' || r.field_value || '" is now a ' || v_label || ' on Producers Avenue and has been added to your profile.',
                     '/settings/profile', p_reviewer, r.id
              FROM unnest(r.requested_by) u;

              RETURN v_field_id;
            END $$;
            """;

        private const string DownSql = """
            CREATE OR REPLACE FUNCTION custom_field_request_apply_approval(p_request_id uuid, p_reviewer uuid, p_status text)
            RETURNS uuid
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              r custom_field_requests%ROWTYPE;
              v_slug text;
              v_field_id uuid;
              v_label text;
            BEGIN
              SELECT * INTO r FROM custom_field_requests WHERE id = p_request_id FOR UPDATE;
              IF NOT FOUND OR r.status <> 'pending' THEN RETURN r.created_field_id; END IF;

              v_slug := trim(both '-' from regexp_replace(lower(r.field_value), '[^a-z0-9]+', '-', 'g'));
              IF v_slug = '' THEN v_slug := 'field-' || substr(md5(r.id::text), 1, 8); END IF;

              IF r.field_type = 'skill' THEN
                INSERT INTO skills (category_id, name, slug, is_active, is_admin_approved)
                VALUES (r.category_id, r.field_value, v_slug, true, true)
                ON CONFLICT (slug) DO UPDATE SET is_admin_approved = true, is_active = true
                RETURNING id INTO v_field_id;
                INSERT INTO user_skills (user_id, skill_id) SELECT u, v_field_id FROM unnest(r.requested_by) u ON CONFLICT DO NOTHING;
                v_label := 'skill';
              ELSIF r.field_type = 'genre' THEN
                INSERT INTO genres (name, slug, is_active) VALUES (r.field_value, v_slug, true)
                ON CONFLICT (slug) DO UPDATE SET is_active = true
                RETURNING id INTO v_field_id;
                INSERT INTO user_genres (user_id, genre_id) SELECT u, v_field_id FROM unnest(r.requested_by) u ON CONFLICT DO NOTHING;
                v_label := 'genre';
              ELSE
                INSERT INTO categories (name, slug, sort_order, is_active)
                VALUES (r.field_value, v_slug, coalesce((SELECT max(sort_order) FROM categories), 0) + 1, true)
                ON CONFLICT (slug) DO UPDATE SET is_active = true
                RETURNING id INTO v_field_id;
                INSERT INTO user_categories (user_id, category_id) SELECT u, v_field_id FROM unnest(r.requested_by) u ON CONFLICT DO NOTHING;
                v_label := 'category';
              END IF;

              UPDATE custom_field_requests
              SET status = p_status, reviewed_by = p_reviewer, reviewed_at = now(), created_field_id = v_field_id, rejection_reason = NULL
              WHERE id = r.id;

              INSERT INTO notifications (user_id, type, title, message, link_url, actor_id, related_id)
              SELECT u, 'custom_field', 'Your ' || v_label || ' was approved',
                     '"' || r.field_value || '" is now a ' || v_label || ' on Producers Avenue and has been added to your profile.',
                     '/settings/profile', p_reviewer, r.id
              FROM unnest(r.requested_by) u;

              RETURN v_field_id;
            END $$;
            DROP FUNCTION slugify(text);
            """;
    }
}
