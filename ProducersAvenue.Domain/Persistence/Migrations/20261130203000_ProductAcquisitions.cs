using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// The member's library (decision 150): <c>product_acquisitions</c>, the one list of free acquisitions and (later)
    /// purchases, with its policies; <c>acquire_free_product</c>, the only way a member adds a row; the view
    /// <c>library_entries</c> that buyer, seller and admins read it through; <c>owns_product_file</c> for the download
    /// rule; and <c>products.purchases_count</c> counted from acquisitions instead of transactions (decision 151).
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261130203000_ProductAcquisitions")]
    public partial class ProductAcquisitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(UpSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DownSql);

        private const string UpSql = """
            CREATE TABLE product_acquisitions (
              id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
              product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
              buyer_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
              seller_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
              reference text NOT NULL,
              product_title text NOT NULL,
              price_cents bigint NOT NULL DEFAULT 0,
              currency text NOT NULL DEFAULT 'USD',
              license_type text NOT NULL,
              license_text text,
              source text NOT NULL,
              transaction_id uuid REFERENCES transactions (id) ON DELETE RESTRICT,
              acquired_at timestamptz NOT NULL DEFAULT now(),
              revoked_at timestamptz,
              created_at timestamptz NOT NULL DEFAULT now(),
              CONSTRAINT uq_product_acquisitions_reference UNIQUE (reference),
              CONSTRAINT ck_product_acquisitions_reference CHECK (reference ~ '^PA-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$'),
              CONSTRAINT ck_product_acquisitions_price_cents_non_negative CHECK (price_cents >= 0),
              CONSTRAINT ck_product_acquisitions_currency CHECK (currency ~ '^[A-Z]{3}$'),
              CONSTRAINT ck_product_acquisitions_license_type CHECK (license_type IN ('personal', 'commercial', 'exclusive', 'custom')),
              CONSTRAINT ck_product_acquisitions_source CHECK (source IN ('free', 'purchase')),
              CONSTRAINT ck_product_acquisitions_free_costs_nothing CHECK (source <> 'free' OR (price_cents = 0 AND transaction_id IS NULL)),
              CONSTRAINT ck_product_acquisitions_purchase_has_transaction CHECK (source <> 'purchase' OR transaction_id IS NOT NULL),
              CONSTRAINT ck_product_acquisitions_not_own CHECK (buyer_id <> seller_id)
            );
            -- A member owns a product once (a revoked row, after a refund, lets them get it again); an exclusive licence goes to one member.
            CREATE UNIQUE INDEX ux_product_acquisitions_owner ON product_acquisitions (product_id, buyer_id) WHERE revoked_at IS NULL;
            CREATE UNIQUE INDEX ux_product_acquisitions_exclusive ON product_acquisitions (product_id) WHERE license_type = 'exclusive' AND revoked_at IS NULL;
            CREATE INDEX ix_product_acquisitions_buyer ON product_acquisitions (buyer_id, acquired_at DESC, id DESC);
            CREATE INDEX ix_product_acquisitions_seller ON product_acquisitions (seller_id, acquired_at DESC);
            CREATE INDEX ix_product_acquisitions_transaction ON product_acquisitions (transaction_id) WHERE transaction_id IS NOT NULL;

            ALTER TABLE product_acquisitions ENABLE ROW LEVEL SECURITY;
            ALTER TABLE product_acquisitions FORCE ROW LEVEL SECURITY;
            -- Buyer and seller read their own, admins all. No insert, update or delete policy: rows come from
            -- acquire_free_product (and the money issue's purchase path), which run as the owner.
            CREATE POLICY read_party ON product_acquisitions FOR SELECT USING (
              buyer_id = (select app_current_user_id()) OR seller_id = (select app_current_user_id()) OR (select app_is_admin()));
            GRANT SELECT ON product_acquisitions TO pa_app;

            -- A human-readable reference, PA-XXXX-XXXX-XXXX, from 32 letters and digits that cannot be misread (no 0, 1, I, O):
            -- 12 random bytes of a v4 uuid (the version and variant bytes 6 and 8 left out), each one letter of 32.
            CREATE FUNCTION new_acquisition_reference() RETURNS text
            LANGUAGE sql VOLATILE AS $$
              SELECT 'PA-' || string_agg(substr('23456789ABCDEFGHJKLMNPQRSTUVWXYZ', 1 + get_byte(r.b, i.byte) % 32, 1)
                                         || CASE WHEN i.n IN (4, 8) THEN '-' ELSE '' END, '' ORDER BY i.n)
              FROM (SELECT uuid_send(gen_random_uuid()) AS b) r,
                   unnest(ARRAY[0, 1, 2, 3, 4, 5, 7, 9, 10, 11, 12, 13]) WITH ORDINALITY AS i(byte, n)
            $$;
            REVOKE ALL ON FUNCTION new_acquisition_reference() FROM PUBLIC;

            -- "Get it free": the rule in one place. Outcomes: acquired, already_owned (with the existing reference),
            -- sign_in_required, not_found (no such product, or not active and approved), own_product, not_free, taken
            -- (an exclusive licence someone else holds).
            CREATE FUNCTION acquire_free_product(p_product_id uuid) RETURNS TABLE (outcome text, reference text)
            LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              v_me uuid := app_current_user_id();
              v_product products%ROWTYPE;
              v_reference text;
            BEGIN
              IF v_me IS NULL THEN RETURN QUERY SELECT 'sign_in_required'::text, NULL::text; RETURN; END IF;
              -- FOR SHARE: a seller pausing or deleting the listing waits for this acquisition, or this sees the new status.
              SELECT * INTO v_product FROM products p WHERE p.id = p_product_id FOR SHARE;
              IF NOT FOUND OR v_product.status <> 'active' OR NOT v_product.is_approved THEN
                RETURN QUERY SELECT 'not_found'::text, NULL::text; RETURN;
              END IF;
              IF v_product.seller_id = v_me THEN RETURN QUERY SELECT 'own_product'::text, NULL::text; RETURN; END IF;
              IF NOT v_product.is_free THEN RETURN QUERY SELECT 'not_free'::text, NULL::text; RETURN; END IF;

              INSERT INTO product_acquisitions (product_id, buyer_id, seller_id, reference, product_title, price_cents, currency,
                                                license_type, license_text, source, acquired_at)
              VALUES (v_product.id, v_me, v_product.seller_id, new_acquisition_reference(), v_product.title, 0, 'USD',
                      v_product.license_type, v_product.license_text, 'free', now())
              ON CONFLICT DO NOTHING
              RETURNING product_acquisitions.reference INTO v_reference;
              IF v_reference IS NOT NULL THEN RETURN QUERY SELECT 'acquired'::text, v_reference; RETURN; END IF;

              SELECT a.reference INTO v_reference FROM product_acquisitions a
              WHERE a.product_id = v_product.id AND a.buyer_id = v_me AND a.revoked_at IS NULL;
              RETURN QUERY SELECT CASE WHEN v_reference IS NULL THEN 'taken' ELSE 'already_owned' END::text, v_reference;
            END $$;
            REVOKE ALL ON FUNCTION acquire_free_product(uuid) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION acquire_free_product(uuid) TO pa_app;

            -- Whether the caller holds a live acquisition of a product listing this file (a key, or a URL ending in it).
            -- The seller and admins are let in before this is asked (PrivateFiles).
            CREATE FUNCTION owns_product_file(p_key text) RETURNS boolean
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              v_me uuid := app_current_user_id();
            BEGIN
              IF v_me IS NULL OR p_key IS NULL OR p_key = '' THEN RETURN false; END IF;
              RETURN EXISTS (
                SELECT 1 FROM product_acquisitions a JOIN products p ON p.id = a.product_id
                WHERE a.buyer_id = v_me AND a.revoked_at IS NULL
                  AND EXISTS (SELECT 1 FROM unnest(p.file_urls) f WHERE f = p_key OR right(f, length(p_key) + 1) = '/' || p_key));
            END $$;
            REVOKE ALL ON FUNCTION owns_product_file(text) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION owns_product_file(text) TO pa_app;

            -- What buyer, seller and admins read of an acquisition: the row, the product's current thumbnail and files, and both
            -- parties' names (a licence names its parties even when a profile is private). Owned by pa_owner, so the tables are
            -- read past their policies; the WHERE clause is the wall (like notification_list, decision 081).
            CREATE VIEW library_entries AS
              SELECT a.id, a.reference, a.product_id, a.buyer_id, a.seller_id, a.product_title, a.price_cents, a.currency,
                     a.license_type, a.license_text, a.source, a.acquired_at, a.revoked_at,
                     p.slug AS product_slug, p.thumbnail_url, p.file_urls,
                     b.username AS buyer_username, b.display_name AS buyer_display_name,
                     s.username AS seller_username, s.display_name AS seller_display_name
              FROM product_acquisitions a
              JOIN products p ON p.id = a.product_id
              LEFT JOIN user_profiles b ON b.user_id = a.buyer_id
              LEFT JOIN user_profiles s ON s.user_id = a.seller_id
              WHERE a.buyer_id = app_current_user_id() OR a.seller_id = app_current_user_id() OR app_is_admin();
            GRANT SELECT ON library_entries TO pa_app;

            -- purchases_count: how many members own the product now (free or bought), from the one list (decision 151).
            DROP TRIGGER IF EXISTS trg_purchases_count ON transactions;
            DROP FUNCTION IF EXISTS trg_purchases_count();
            CREATE FUNCTION trg_acquisitions_purchases_count() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              was boolean := TG_OP <> 'INSERT' AND OLD.revoked_at IS NULL;
              now_ boolean := TG_OP <> 'DELETE' AND NEW.revoked_at IS NULL;
            BEGIN
              IF now_ AND NOT was THEN
                UPDATE products SET purchases_count = purchases_count + 1 WHERE id = NEW.product_id;
              ELSIF was AND NOT now_ THEN
                UPDATE products SET purchases_count = greatest(purchases_count - 1, 0) WHERE id = OLD.product_id;
              END IF;
              RETURN NULL;
            END $$;
            REVOKE ALL ON FUNCTION trg_acquisitions_purchases_count() FROM PUBLIC;
            CREATE TRIGGER trg_purchases_count AFTER INSERT OR DELETE OR UPDATE OF revoked_at ON product_acquisitions
              FOR EACH ROW EXECUTE FUNCTION trg_acquisitions_purchases_count();
            UPDATE products p SET purchases_count = (SELECT count(*) FROM product_acquisitions a WHERE a.product_id = p.id AND a.revoked_at IS NULL)
            WHERE p.purchases_count <> 0;
            """;

        private const string DownSql = """
            DROP TRIGGER trg_purchases_count ON product_acquisitions;
            DROP FUNCTION trg_acquisitions_purchases_count();
            DROP VIEW library_entries;
            DROP FUNCTION owns_product_file(text);
            DROP FUNCTION acquire_free_product(uuid);
            DROP FUNCTION new_acquisition_reference();
            DROP TABLE product_acquisitions;

            CREATE FUNCTION trg_purchases_count() RETURNS trigger
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
            CREATE TRIGGER trg_purchases_count AFTER INSERT OR DELETE OR UPDATE OF status ON transactions FOR EACH ROW EXECUTE FUNCTION trg_purchases_count();
            """;
    }
}
