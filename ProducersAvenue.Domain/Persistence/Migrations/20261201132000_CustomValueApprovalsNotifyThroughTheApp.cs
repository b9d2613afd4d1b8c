using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// An approved custom value is announced through the application's one notification path (the notifier: the member's
    /// preferences, the bell, and an email when they want one), not by rows the approval function wrote itself past
    /// those preferences. The function keeps everything else: the value, its slug, the requesters' profiles, the review.
    /// An admin's approval notifies as the admin (the existing policy); an automatic one is announced by the member whose
    /// request reached the threshold, without an actor, to the value's requesters only (<c>co_requesters_hear_of_approval</c>).
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201132000_CustomValueApprovalsNotifyThroughTheApp")]
    public partial class CustomValueApprovalsNotifyThroughTheApp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(UpSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DownSql);

        private const string UpSql = """
            CREATE POLICY co_requesters_hear_of_approval ON notifications FOR INSERT TO pa_app WITH CHECK (
              type = 'custom_field' AND actor_id IS NULL AND EXISTS (
                SELECT 1 FROM custom_field_requests r
                WHERE r.id = related_id AND r.status = 'auto_approved' AND r.requested_by @> ARRAY[user_id, (select app_current_user_id())]));

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

              RETURN v_field_id;
            END $$;
            """;

        private const string DownSql = """
            DROP POLICY co_requesters_hear_of_approval ON notifications;

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
    }
}
