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
