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
