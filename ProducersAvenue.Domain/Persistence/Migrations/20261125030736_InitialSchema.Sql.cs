namespace ProducersAvenue.Domain.Persistence.Migrations;

// The functions and triggers of the schema document as InitialSchema applied them, fixed when it was written
// (docs/decisions/012). Never edit them: a changed function is a new migration that replaces it.
public partial class InitialSchema
{
    /// <summary>extract_hashtag_slugs: the tag slugs of a text (posts.tags is generated from it).</summary>
    private const string HashtagFunctionsSql = """
        -- The tag slugs of the #hashtags in a text: the same rule as Domain/Content/Hashtags.Extract (which the Markdown
        -- renderer links): '#' at the start, after white space, or after punctuation other than / \ @ # & . - = + % $ ` : ;
        -- then letters, digits and '_' (at most 30, not digits only), lowercased ("#Lo_Fi" -> "lo_fi").
        -- IMMUTABLE so posts.tags can be a stored generated column.
        CREATE OR REPLACE FUNCTION extract_hashtag_slugs(p_text text) RETURNS text[]
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT coalesce(array_agg(DISTINCT s ORDER BY s), '{}'::text[]) FROM (
            SELECT lower(m[1]) AS s
            FROM regexp_matches(coalesce(p_text, ''), '(?<![[:alnum:]/\\@#&.=+%$`:-])#([[:alnum:]_]+)', 'g') AS m
          ) t WHERE length(s) <= 30 AND s !~ '^[0-9]+$'
        $$;
        """;

    /// <summary>The updated_at triggers.</summary>
    private const string UpdatedAtSql = """
        -- updated_at on every table that has it. A value the application set in the same UPDATE is kept
        -- (so a fake clock in tests wins); any other update gets now().
        CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
            NEW.updated_at := now();
          END IF;
          RETURN NEW;
        END $$;

        -- Attaches set_updated_at to every table in public with an updated_at column. Idempotent: later
        -- migrations call it again after adding tables.
        CREATE OR REPLACE FUNCTION attach_updated_at_triggers() RETURNS void
        LANGUAGE plpgsql AS $$
        DECLARE t record;
        BEGIN
          FOR t IN
            SELECT c.table_name FROM information_schema.columns c
            JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
            WHERE c.table_schema = 'public' AND c.column_name = 'updated_at'
          LOOP
            EXECUTE format('DROP TRIGGER IF EXISTS trg_%1$s_updated_at ON %1$I', t.table_name);
            EXECUTE format('CREATE TRIGGER trg_%1$s_updated_at BEFORE UPDATE ON %1$I FOR EACH ROW EXECUTE FUNCTION set_updated_at()', t.table_name);
          END LOOP;
        END $$;

        SELECT attach_updated_at_triggers();
        """;

    /// <summary>The sign-up trigger: a profile, a basic subscription and a wallet for every new user.</summary>
    private const string SignupSql = """
        -- When an Identity user is inserted (auth.users), create its profile, a basic subscription and a wallet.
        -- The username comes from the registration (auth.users.user_name); one that does not fit the rules or is
        -- taken (only possible for users not created through the sign-up form) falls back to the email's local part.
        CREATE OR REPLACE FUNCTION handle_new_user() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        DECLARE
          v_username text := lower(coalesce(NEW.user_name, ''));
        BEGIN
          IF v_username !~ '^[a-z0-9_.]{3,30}$' OR EXISTS (SELECT 1 FROM user_profiles WHERE username = v_username) THEN
            v_username := left(regexp_replace(lower(split_part(coalesce(NEW.email, 'member'), '@', 1)), '[^a-z0-9_.]', '', 'g'), 20);
            IF length(v_username) < 3 THEN v_username := 'member'; END IF;
            v_username := v_username || '_' || substr(md5(NEW.id::text), 1, 6);
          END IF;

          INSERT INTO user_profiles (user_id, username, location_visibility) VALUES (NEW.id, v_username, 'city');
          INSERT INTO subscriptions (user_id, tier, status) VALUES (NEW.id, 'basic', 'active');
          INSERT INTO wallets (user_id) VALUES (NEW.id);
          RETURN NEW;
        END $$;

        DROP TRIGGER IF EXISTS trg_users_after_insert ON auth.users;
        CREATE TRIGGER trg_users_after_insert AFTER INSERT ON auth.users FOR EACH ROW EXECUTE FUNCTION handle_new_user();
        """;

    /// <summary>The counter triggers (decision 001).</summary>
    private const string CountersSql = """
        -- Denormalized counters (design decision 7). Each keeps a parent's *_count equal to the rows it counts.
        -- SECURITY DEFINER: a member liking a post must update a row they do not own once RLS is on.

        -- followers → user_profiles.followers_count / following_count
        CREATE OR REPLACE FUNCTION trg_followers_count() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            UPDATE user_profiles SET followers_count = followers_count + 1 WHERE user_id = NEW.following_id;
            UPDATE user_profiles SET following_count = following_count + 1 WHERE user_id = NEW.follower_id;
          ELSE
            UPDATE user_profiles SET followers_count = greatest(followers_count - 1, 0) WHERE user_id = OLD.following_id;
            UPDATE user_profiles SET following_count = greatest(following_count - 1, 0) WHERE user_id = OLD.follower_id;
          END IF;
          RETURN NULL;
        END $$;
        DROP TRIGGER IF EXISTS trg_followers_count ON followers;
        CREATE TRIGGER trg_followers_count AFTER INSERT OR DELETE ON followers FOR EACH ROW EXECUTE FUNCTION trg_followers_count();

        -- Generic "child row counts on its parent" counter: args = parent table, parent count column, child FK column.
        CREATE OR REPLACE FUNCTION trg_child_count() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        DECLARE
          v_parent text := TG_ARGV[0];
          v_column text := TG_ARGV[1];
          v_fk text := TG_ARGV[2];
          v_id uuid;
        BEGIN
          IF TG_OP = 'INSERT' THEN
            EXECUTE format('SELECT ($1).%I', v_fk) INTO v_id USING NEW;
            EXECUTE format('UPDATE %I SET %I = %I + 1 WHERE id = $1', v_parent, v_column, v_column) USING v_id;
          ELSIF TG_OP = 'DELETE' THEN
            EXECUTE format('SELECT ($1).%I', v_fk) INTO v_id USING OLD;
            EXECUTE format('UPDATE %I SET %I = greatest(%I - 1, 0) WHERE id = $1', v_parent, v_column, v_column) USING v_id;
          END IF;
          RETURN NULL;
        END $$;

        DROP TRIGGER IF EXISTS trg_post_likes_count ON post_likes;
        CREATE TRIGGER trg_post_likes_count AFTER INSERT OR DELETE ON post_likes FOR EACH ROW EXECUTE FUNCTION trg_child_count('posts', 'likes_count', 'post_id');
        DROP TRIGGER IF EXISTS trg_comments_count ON comments;
        CREATE TRIGGER trg_comments_count AFTER INSERT OR DELETE ON comments FOR EACH ROW EXECUTE FUNCTION trg_child_count('posts', 'comments_count', 'post_id');
        DROP TRIGGER IF EXISTS trg_comment_likes_count ON comment_likes;
        CREATE TRIGGER trg_comment_likes_count AFTER INSERT OR DELETE ON comment_likes FOR EACH ROW EXECUTE FUNCTION trg_child_count('comments', 'likes_count', 'comment_id');
        DROP TRIGGER IF EXISTS trg_group_post_likes_count ON group_post_likes;
        CREATE TRIGGER trg_group_post_likes_count AFTER INSERT OR DELETE ON group_post_likes FOR EACH ROW EXECUTE FUNCTION trg_child_count('group_posts', 'likes_count', 'group_post_id');
        DROP TRIGGER IF EXISTS trg_group_post_comments_count ON group_post_comments;
        CREATE TRIGGER trg_group_post_comments_count AFTER INSERT OR DELETE ON group_post_comments FOR EACH ROW EXECUTE FUNCTION trg_child_count('group_posts', 'comments_count', 'group_post_id');
        DROP TRIGGER IF EXISTS trg_product_likes_count ON product_likes;
        CREATE TRIGGER trg_product_likes_count AFTER INSERT OR DELETE ON product_likes FOR EACH ROW EXECUTE FUNCTION trg_child_count('products', 'likes_count', 'product_id');
        DROP TRIGGER IF EXISTS trg_webinar_registrations_count ON webinar_registrations;
        CREATE TRIGGER trg_webinar_registrations_count AFTER INSERT OR DELETE ON webinar_registrations FOR EACH ROW EXECUTE FUNCTION trg_child_count('webinars', 'registrations_count', 'webinar_id');

        -- Conditional counters: a row counts while a predicate holds; inserts, deletes and updates that flip it move the count.
        -- group_members → groups.members_count (active members only)
        CREATE OR REPLACE FUNCTION trg_group_members_count() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        DECLARE
          was boolean := TG_OP <> 'INSERT' AND OLD.status = 'active';
          now_ boolean := TG_OP <> 'DELETE' AND NEW.status = 'active';
        BEGIN
          IF TG_OP = 'UPDATE' AND OLD.group_id <> NEW.group_id THEN
            IF was THEN UPDATE groups SET members_count = greatest(members_count - 1, 0) WHERE id = OLD.group_id; END IF;
            IF now_ THEN UPDATE groups SET members_count = members_count + 1 WHERE id = NEW.group_id; END IF;
          ELSIF now_ AND NOT was THEN
            UPDATE groups SET members_count = members_count + 1 WHERE id = NEW.group_id;
          ELSIF was AND NOT now_ THEN
            UPDATE groups SET members_count = greatest(members_count - 1, 0) WHERE id = OLD.group_id;
          END IF;
          RETURN NULL;
        END $$;
        DROP TRIGGER IF EXISTS trg_group_members_count ON group_members;
        CREATE TRIGGER trg_group_members_count AFTER INSERT OR DELETE OR UPDATE OF status, group_id ON group_members FOR EACH ROW EXECUTE FUNCTION trg_group_members_count();

        -- group_posts → groups.posts_count (approved posts only)
        CREATE OR REPLACE FUNCTION trg_group_posts_count() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        DECLARE
          was boolean := TG_OP <> 'INSERT' AND OLD.is_approved;
          now_ boolean := TG_OP <> 'DELETE' AND NEW.is_approved;
        BEGIN
          IF now_ AND NOT was THEN
            UPDATE groups SET posts_count = posts_count + 1 WHERE id = NEW.group_id;
          ELSIF was AND NOT now_ THEN
            UPDATE groups SET posts_count = greatest(posts_count - 1, 0) WHERE id = OLD.group_id;
          END IF;
          RETURN NULL;
        END $$;
        DROP TRIGGER IF EXISTS trg_group_posts_count ON group_posts;
        CREATE TRIGGER trg_group_posts_count AFTER INSERT OR DELETE OR UPDATE OF is_approved ON group_posts FOR EACH ROW EXECUTE FUNCTION trg_group_posts_count();

        -- products → user_profiles.products_count (products that are not deleted)
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

        -- transactions → products.purchases_count (completed product purchases; a refund takes it back)
        CREATE OR REPLACE FUNCTION trg_purchases_count() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        DECLARE
          was boolean := TG_OP <> 'INSERT' AND OLD.transaction_type = 'product_purchase' AND OLD.status = 'completed';
          now_ boolean := TG_OP <> 'DELETE' AND NEW.transaction_type = 'product_purchase' AND NEW.status = 'completed';
        BEGIN
          IF now_ AND NOT was THEN
            UPDATE products SET purchases_count = purchases_count + 1 WHERE id = NEW.related_id;
          ELSIF was AND NOT now_ THEN
            UPDATE products SET purchases_count = greatest(purchases_count - 1, 0) WHERE id = OLD.related_id;
          END IF;
          RETURN NULL;
        END $$;
        DROP TRIGGER IF EXISTS trg_purchases_count ON transactions;
        CREATE TRIGGER trg_purchases_count AFTER INSERT OR DELETE OR UPDATE OF status ON transactions FOR EACH ROW EXECUTE FUNCTION trg_purchases_count();

        -- reviews → reviews_count and rating_average of the reviewed product or service (recomputed from the rows)
        CREATE OR REPLACE FUNCTION refresh_review_stats(p_type text, p_id uuid) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        DECLARE v_count int; v_avg numeric(3,2);
        BEGIN
          SELECT count(*), coalesce(round(avg(rating)::numeric, 2), 0) INTO v_count, v_avg
          FROM reviews WHERE reviewable_type = p_type AND reviewable_id = p_id;
          IF p_type = 'product' THEN
            UPDATE products SET reviews_count = v_count, rating_average = v_avg WHERE id = p_id;
          ELSIF p_type = 'service' THEN
            UPDATE services SET reviews_count = v_count, rating_average = v_avg WHERE id = p_id;
          END IF;
        END $$;

        CREATE OR REPLACE FUNCTION trg_reviews_stats() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM refresh_review_stats(OLD.reviewable_type, OLD.reviewable_id); END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM refresh_review_stats(NEW.reviewable_type, NEW.reviewable_id); END IF;
          RETURN NULL;
        END $$;
        DROP TRIGGER IF EXISTS trg_reviews_stats ON reviews;
        CREATE TRIGGER trg_reviews_stats AFTER INSERT OR DELETE OR UPDATE OF rating, reviewable_type, reviewable_id ON reviews FOR EACH ROW EXECUTE FUNCTION trg_reviews_stats();
        """;

    /// <summary>Custom skills, genres and categories: auto-approval and approve/reject (decision 005).</summary>
    private const string CustomFieldsSql = """
        -- Custom skills, genres and categories (schema document section 1 and design decision 3).

        -- An integer from platform_settings (written from configuration on every migrate), or the fallback.
        CREATE OR REPLACE FUNCTION platform_setting_int(p_key text, p_fallback int) RETURNS int
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
          SELECT coalesce((SELECT value::int FROM platform_settings WHERE key = p_key), p_fallback)
        $$;

        -- Approves a pending request: creates the skill/genre/category (or reuses one with the same slug),
        -- attaches it to every requester, marks the request and notifies each requester. The one approval path:
        -- the auto-approval trigger and the admin panel both call it. Returns the id of the created field.
        CREATE OR REPLACE FUNCTION approve_custom_field_request(p_request_id uuid, p_reviewer uuid, p_status text)
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

        -- Auto-approval: skills at N distinct requesters, genres at M (platform_settings), categories never.
        CREATE OR REPLACE FUNCTION trg_custom_field_auto_approve() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        DECLARE v_threshold int;
        BEGIN
          IF NEW.status <> 'pending' THEN RETURN NULL; END IF;
          v_threshold := CASE NEW.field_type
            WHEN 'skill' THEN platform_setting_int('taxonomy.skill_auto_approve_threshold', 3)
            WHEN 'genre' THEN platform_setting_int('taxonomy.genre_auto_approve_threshold', 5)
            ELSE NULL END;
          IF v_threshold IS NOT NULL AND NEW.request_count >= v_threshold THEN
            PERFORM approve_custom_field_request(NEW.id, NULL, 'auto_approved');
          END IF;
          RETURN NULL;
        END $$;

        DROP TRIGGER IF EXISTS trg_custom_field_auto_approve ON custom_field_requests;
        CREATE TRIGGER trg_custom_field_auto_approve AFTER INSERT OR UPDATE OF request_count ON custom_field_requests
        FOR EACH ROW EXECUTE FUNCTION trg_custom_field_auto_approve();
        """;
}
