using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Verified reviews (decision 170): <c>review_eligibility</c>, the one rule for who may review a listing, now also the
    /// insert policy of <c>reviews</c>; a guard so the reviewer edits only their rating and text and the seller only
    /// responds, once; and <c>review_helpful_marks</c> with its policies and the trigger that keeps
    /// <c>reviews.helpful_count</c>.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201010000_VerifiedReviews")]
    public partial class VerifiedReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(UpSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DownSql);

        private const string UpSql = """
            -- Who may review a listing, for the caller (app.user_id): 'eligible', 'sign_in_required', 'not_found' (no such
            -- listing, or deleted), 'own_listing', or 'not_verified' (no live acquisition of the product, no completed order
            -- of the service, not attended the webinar). Definer: acquisitions and orders are private to their parties.
            CREATE FUNCTION review_eligibility(p_type text, p_id uuid) RETURNS text
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              me uuid := app_current_user_id();
              v_seller uuid;
              v_status text;
            BEGIN
              IF me IS NULL THEN RETURN 'sign_in_required'; END IF;
              IF p_type = 'product' THEN
                SELECT seller_id, status INTO v_seller, v_status FROM products WHERE id = p_id;
              ELSIF p_type = 'service' THEN
                SELECT seller_id, status INTO v_seller, v_status FROM services WHERE id = p_id;
              ELSIF p_type = 'webinar' THEN
                SELECT host_id, status INTO v_seller, v_status FROM webinars WHERE id = p_id;
              END IF;
              IF v_seller IS NULL OR v_status IN ('deleted', 'cancelled') THEN RETURN 'not_found'; END IF;
              IF v_seller = me THEN RETURN 'own_listing'; END IF;
              IF (p_type = 'product' AND EXISTS (
                    SELECT 1 FROM product_acquisitions WHERE product_id = p_id AND buyer_id = me AND revoked_at IS NULL))
                 OR (p_type = 'service' AND EXISTS (
                    SELECT 1 FROM orders WHERE service_id = p_id AND buyer_id = me AND status = 'completed'))
                 OR (p_type = 'webinar' AND EXISTS (
                    SELECT 1 FROM webinar_registrations WHERE webinar_id = p_id AND user_id = me AND attended)) THEN
                RETURN 'eligible';
              END IF;
              RETURN 'not_verified';
            END $$;
            REVOKE ALL ON FUNCTION review_eligibility(text, uuid) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION review_eligibility(text, uuid) TO pa_app;

            -- The seller of a listing, for the guard (definer: a paused listing is hidden from its reviewers).
            CREATE FUNCTION review_listing_seller(p_type text, p_id uuid) RETURNS uuid
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT CASE p_type
                WHEN 'product' THEN (SELECT seller_id FROM products WHERE id = p_id)
                WHEN 'service' THEN (SELECT seller_id FROM services WHERE id = p_id)
                WHEN 'webinar' THEN (SELECT host_id FROM webinars WHERE id = p_id)
              END
            $$;
            REVOKE ALL ON FUNCTION review_listing_seller(text, uuid) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION review_listing_seller(text, uuid) TO pa_app;

            -- reviews: public read; a verified buyer writes their own (once: the unique index); the reviewer edits and
            -- deletes their own, admins delete; the seller responds. The old insert policy trusted any reviewer.
            DROP POLICY review_as_self ON reviews;
            CREATE POLICY review_as_verified_buyer ON reviews FOR INSERT WITH CHECK (
              reviewer_id = (select app_current_user_id()) AND review_eligibility(reviewable_type, reviewable_id) = 'eligible');

            -- What each party may change (the update policy lets both in): the reviewer their rating and text, the seller
            -- the response, once; nobody the parties, the listing, the verified flag or the helpful count (its trigger runs
            -- as the owner). A new review starts verified, for the listing's seller, with no response and no marks.
            CREATE FUNCTION trg_reviews_guard() RETURNS trigger
            LANGUAGE plpgsql SET search_path = public AS $$
            DECLARE me uuid := app_current_user_id();
            BEGIN
              IF current_user NOT IN ('pa_app', 'pa_jobs') THEN RETURN NEW; END IF;
              IF TG_OP = 'INSERT' THEN
                IF NEW.seller_id IS DISTINCT FROM review_listing_seller(NEW.reviewable_type, NEW.reviewable_id)
                   OR NEW.helpful_count <> 0 OR NEW.seller_response IS NOT NULL OR NEW.seller_responded_at IS NOT NULL THEN
                  RAISE EXCEPTION 'a new review names the listing''s seller and has no response and no marks' USING ERRCODE = '42501';
                END IF;
                NEW.is_verified_purchase := true; -- the insert policy let it in: the reviewer got the item
                RETURN NEW;
              END IF;
              IF NEW.reviewer_id IS DISTINCT FROM OLD.reviewer_id OR NEW.seller_id IS DISTINCT FROM OLD.seller_id
                 OR NEW.reviewable_type IS DISTINCT FROM OLD.reviewable_type OR NEW.reviewable_id IS DISTINCT FROM OLD.reviewable_id
                 OR NEW.is_verified_purchase IS DISTINCT FROM OLD.is_verified_purchase OR NEW.helpful_count IS DISTINCT FROM OLD.helpful_count
                 OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
                RAISE EXCEPTION 'the parties, the listing, the verified flag and the helpful count of a review stay' USING ERRCODE = '42501';
              END IF;
              IF me = OLD.reviewer_id AND (NEW.seller_response IS DISTINCT FROM OLD.seller_response
                 OR NEW.seller_responded_at IS DISTINCT FROM OLD.seller_responded_at) THEN
                RAISE EXCEPTION 'only the seller responds to a review' USING ERRCODE = '42501';
              END IF;
              IF me = OLD.seller_id AND (NEW.rating IS DISTINCT FROM OLD.rating OR NEW.review_text IS DISTINCT FROM OLD.review_text
                 OR (OLD.seller_response IS NOT NULL AND (NEW.seller_response IS DISTINCT FROM OLD.seller_response
                     OR NEW.seller_responded_at IS DISTINCT FROM OLD.seller_responded_at))
                 OR (NEW.seller_response IS NULL) <> (NEW.seller_responded_at IS NULL)) THEN
                RAISE EXCEPTION 'the seller responds once and does not change the review' USING ERRCODE = '42501';
              END IF;
              RETURN NEW;
            END $$;
            REVOKE ALL ON FUNCTION trg_reviews_guard() FROM PUBLIC;
            CREATE TRIGGER trg_reviews_guard BEFORE INSERT OR UPDATE ON reviews FOR EACH ROW EXECUTE FUNCTION trg_reviews_guard();

            -- review_helpful_marks: one "helpful" per member per review (not on one's own), kept in reviews.helpful_count.
            CREATE TABLE review_helpful_marks (
              review_id uuid NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
              user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
              created_at timestamptz NOT NULL DEFAULT now(),
              CONSTRAINT pk_review_helpful_marks PRIMARY KEY (review_id, user_id)
            );
            CREATE INDEX ix_review_helpful_marks_user_id ON review_helpful_marks (user_id);
            ALTER TABLE review_helpful_marks ENABLE ROW LEVEL SECURITY;
            ALTER TABLE review_helpful_marks FORCE ROW LEVEL SECURITY;
            CREATE POLICY read_own ON review_helpful_marks FOR SELECT USING (user_id = (select app_current_user_id()));
            CREATE POLICY mark_as_self ON review_helpful_marks FOR INSERT WITH CHECK (
              user_id = (select app_current_user_id())
              AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.id = review_id AND r.reviewer_id = (select app_current_user_id())));
            CREATE POLICY unmark_own ON review_helpful_marks FOR DELETE USING (user_id = (select app_current_user_id()));
            GRANT SELECT, INSERT, DELETE ON review_helpful_marks TO pa_app;

            CREATE FUNCTION trg_review_helpful_marks_count() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            BEGIN
              IF TG_OP = 'INSERT' THEN
                UPDATE reviews SET helpful_count = helpful_count + 1 WHERE id = NEW.review_id;
              ELSE
                UPDATE reviews SET helpful_count = greatest(helpful_count - 1, 0) WHERE id = OLD.review_id;
              END IF;
              RETURN NULL;
            END $$;
            REVOKE ALL ON FUNCTION trg_review_helpful_marks_count() FROM PUBLIC;
            CREATE TRIGGER trg_review_helpful_marks_count AFTER INSERT OR DELETE ON review_helpful_marks
              FOR EACH ROW EXECUTE FUNCTION trg_review_helpful_marks_count();

            -- The most helpful reviews of an item first, keyset on (helpful_count, created_at, id).
            CREATE INDEX ix_reviews_item_helpful ON reviews (reviewable_type, reviewable_id, helpful_count DESC, created_at DESC, id DESC);
            """;

        private const string DownSql = """
            DROP INDEX ix_reviews_item_helpful;
            DROP TABLE review_helpful_marks;
            DROP FUNCTION trg_review_helpful_marks_count();
            DROP TRIGGER trg_reviews_guard ON reviews;
            DROP FUNCTION trg_reviews_guard();
            DROP POLICY review_as_verified_buyer ON reviews;
            CREATE POLICY review_as_self ON reviews FOR INSERT WITH CHECK (reviewer_id = (select app_current_user_id()));
            DROP FUNCTION review_listing_seller(text, uuid);
            DROP FUNCTION review_eligibility(text, uuid);
            """;
    }
}
