using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// An exclusive licence stays sold (decision 266): <c>grant_purchased_product</c> and <c>acquire_free_product</c> answer
    /// <c>taken</c> while anyone holds a live exclusive of the product, whatever its licence says now, and refuse an exclusive
    /// of a product others already hold. Before, a seller could switch a sold exclusive to another licence (or republish it)
    /// and sell it again, and a product with holders switched to exclusive handed out one more "exclusive".
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261207100000_ExclusiveLicencesStaySold")]
    public partial class ExclusiveLicencesStaySold : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION grant_purchased_product(p_transaction uuid)
            RETURNS TABLE (outcome text, reference text, product_title text, buyer_username text, buyer_email text)
            LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              v_tx transactions%ROWTYPE;
              v_product products%ROWTYPE;
              v_reference text;
            BEGIN
              IF current_user IN ('pa_app') THEN RAISE EXCEPTION 'purchases are granted by the money path' USING ERRCODE = '42501'; END IF;
              SELECT * INTO v_tx FROM transactions t WHERE t.id = p_transaction;
              IF NOT FOUND OR v_tx.transaction_type <> 'product_purchase' OR v_tx.status <> 'completed' OR v_tx.related_id IS NULL THEN
                RETURN QUERY SELECT 'not_a_sale'::text, NULL::text, NULL::text, NULL::text, NULL::text; RETURN;
              END IF;
              SELECT a.reference INTO v_reference FROM product_acquisitions a WHERE a.transaction_id = p_transaction;
              IF v_reference IS NULL THEN
                SELECT * INTO v_product FROM products p WHERE p.id = v_tx.related_id FOR UPDATE;
                -- The buyer got it meanwhile (a second tab's checkout, paid as well) or another buyer holds the exclusive.
                IF EXISTS (SELECT 1 FROM product_acquisitions a WHERE a.product_id = v_product.id AND a.buyer_id = v_tx.buyer_id AND a.revoked_at IS NULL) THEN
                  RETURN QUERY SELECT 'owned'::text, NULL::text, v_product.title::text, NULL::text, NULL::text; RETURN;
                END IF;
                -- An exclusive is taken once anyone holds the product, and a product whose exclusive was sold stays sold
                -- whatever its licence says now (decision 266).
                IF EXISTS (SELECT 1 FROM product_acquisitions a WHERE a.product_id = v_product.id AND a.revoked_at IS NULL
                             AND (a.license_type = 'exclusive' OR v_product.license_type = 'exclusive')) THEN
                  RETURN QUERY SELECT 'taken'::text, NULL::text, v_product.title::text, NULL::text, NULL::text; RETURN;
                END IF;
                -- Paused, deleted or held for review after the checkout opened: the seller no longer sells it.
                IF v_product.status <> 'active' OR NOT v_product.is_approved THEN
                  RETURN QUERY SELECT 'withdrawn'::text, NULL::text, v_product.title::text, NULL::text, NULL::text; RETURN;
                END IF;
                INSERT INTO product_acquisitions (product_id, buyer_id, seller_id, reference, product_title, price_cents, currency,
                                                  license_type, license_text, source, transaction_id, acquired_at)
                VALUES (v_product.id, v_tx.buyer_id, v_product.seller_id, new_acquisition_reference(), v_product.title, v_tx.amount_total, 'USD',
                        v_product.license_type, v_product.license_text, 'purchase', v_tx.id, coalesce(v_tx.completed_at, now()))
                ON CONFLICT DO NOTHING
                RETURNING product_acquisitions.reference INTO v_reference;
                IF v_reference IS NULL THEN
                  IF EXISTS (SELECT 1 FROM product_acquisitions a WHERE a.product_id = v_product.id AND a.buyer_id = v_tx.buyer_id AND a.revoked_at IS NULL) THEN
                    RETURN QUERY SELECT 'owned'::text, NULL::text, v_product.title::text, NULL::text, NULL::text; RETURN;
                  END IF;
                  RETURN QUERY SELECT 'taken'::text, NULL::text, v_product.title::text, NULL::text, NULL::text; RETURN;
                END IF;
                IF v_product.license_type = 'exclusive' THEN
                  UPDATE products SET status = 'paused', is_featured = false, updated_at = now() WHERE id = v_product.id;
                END IF;
                RETURN QUERY SELECT 'granted'::text, v_reference, v_product.title::text,
                  (SELECT u.username::text FROM user_profiles u WHERE u.user_id = v_tx.buyer_id), (SELECT au.email::text FROM auth.users au WHERE au.id = v_tx.buyer_id);
                RETURN;
              END IF;
              RETURN QUERY SELECT 'already_granted'::text, v_reference, (SELECT a.product_title::text FROM product_acquisitions a WHERE a.reference = v_reference),
                (SELECT u.username::text FROM user_profiles u WHERE u.user_id = v_tx.buyer_id), (SELECT au.email::text FROM auth.users au WHERE au.id = v_tx.buyer_id);
            END $$;
            

            CREATE OR REPLACE FUNCTION acquire_free_product(p_product_id uuid) RETURNS TABLE (outcome text, reference text)
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
              -- Someone else holds its exclusive, or it became an exclusive after others got it (decision 266).
              IF EXISTS (SELECT 1 FROM product_acquisitions a WHERE a.product_id = v_product.id AND a.revoked_at IS NULL AND a.buyer_id <> v_me
                           AND (a.license_type = 'exclusive' OR v_product.license_type = 'exclusive')) THEN
                RETURN QUERY SELECT CASE WHEN EXISTS (SELECT 1 FROM product_acquisitions a WHERE a.product_id = v_product.id
                                                       AND a.buyer_id = v_me AND a.revoked_at IS NULL) THEN 'already_owned' ELSE 'taken' END::text,
                  (SELECT a.reference FROM product_acquisitions a WHERE a.product_id = v_product.id AND a.buyer_id = v_me AND a.revoked_at IS NULL);
                RETURN;
              END IF;

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
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION grant_purchased_product(p_transaction uuid)
            RETURNS TABLE (outcome text, reference text, product_title text, buyer_username text, buyer_email text)
            LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              v_tx transactions%ROWTYPE;
              v_product products%ROWTYPE;
              v_reference text;
            BEGIN
              IF current_user IN ('pa_app') THEN RAISE EXCEPTION 'purchases are granted by the money path' USING ERRCODE = '42501'; END IF;
              SELECT * INTO v_tx FROM transactions t WHERE t.id = p_transaction;
              IF NOT FOUND OR v_tx.transaction_type <> 'product_purchase' OR v_tx.status <> 'completed' OR v_tx.related_id IS NULL THEN
                RETURN QUERY SELECT 'not_a_sale'::text, NULL::text, NULL::text, NULL::text, NULL::text; RETURN;
              END IF;
              SELECT a.reference INTO v_reference FROM product_acquisitions a WHERE a.transaction_id = p_transaction;
              IF v_reference IS NULL THEN
                SELECT * INTO v_product FROM products p WHERE p.id = v_tx.related_id FOR UPDATE;
                -- The buyer got it meanwhile (a second tab's checkout, paid as well) or another buyer holds the exclusive.
                IF EXISTS (SELECT 1 FROM product_acquisitions a WHERE a.product_id = v_product.id AND a.buyer_id = v_tx.buyer_id AND a.revoked_at IS NULL) THEN
                  RETURN QUERY SELECT 'owned'::text, NULL::text, v_product.title::text, NULL::text, NULL::text; RETURN;
                END IF;
                IF v_product.license_type = 'exclusive'
                   AND EXISTS (SELECT 1 FROM product_acquisitions a WHERE a.product_id = v_product.id AND a.revoked_at IS NULL) THEN
                  RETURN QUERY SELECT 'taken'::text, NULL::text, v_product.title::text, NULL::text, NULL::text; RETURN;
                END IF;
                -- Paused, deleted or held for review after the checkout opened: the seller no longer sells it.
                IF v_product.status <> 'active' OR NOT v_product.is_approved THEN
                  RETURN QUERY SELECT 'withdrawn'::text, NULL::text, v_product.title::text, NULL::text, NULL::text; RETURN;
                END IF;
                INSERT INTO product_acquisitions (product_id, buyer_id, seller_id, reference, product_title, price_cents, currency,
                                                  license_type, license_text, source, transaction_id, acquired_at)
                VALUES (v_product.id, v_tx.buyer_id, v_product.seller_id, new_acquisition_reference(), v_product.title, v_tx.amount_total, 'USD',
                        v_product.license_type, v_product.license_text, 'purchase', v_tx.id, coalesce(v_tx.completed_at, now()))
                ON CONFLICT DO NOTHING
                RETURNING product_acquisitions.reference INTO v_reference;
                IF v_reference IS NULL THEN
                  IF EXISTS (SELECT 1 FROM product_acquisitions a WHERE a.product_id = v_product.id AND a.buyer_id = v_tx.buyer_id AND a.revoked_at IS NULL) THEN
                    RETURN QUERY SELECT 'owned'::text, NULL::text, v_product.title::text, NULL::text, NULL::text; RETURN;
                  END IF;
                  RETURN QUERY SELECT 'taken'::text, NULL::text, v_product.title::text, NULL::text, NULL::text; RETURN;
                END IF;
                IF v_product.license_type = 'exclusive' THEN
                  UPDATE products SET status = 'paused', is_featured = false, updated_at = now() WHERE id = v_product.id;
                END IF;
                RETURN QUERY SELECT 'granted'::text, v_reference, v_product.title::text,
                  (SELECT u.username::text FROM user_profiles u WHERE u.user_id = v_tx.buyer_id), (SELECT au.email::text FROM auth.users au WHERE au.id = v_tx.buyer_id);
                RETURN;
              END IF;
              RETURN QUERY SELECT 'already_granted'::text, v_reference, (SELECT a.product_title::text FROM product_acquisitions a WHERE a.reference = v_reference),
                (SELECT u.username::text FROM user_profiles u WHERE u.user_id = v_tx.buyer_id), (SELECT au.email::text FROM auth.users au WHERE au.id = v_tx.buyer_id);
            END $$;
            

            CREATE OR REPLACE FUNCTION acquire_free_product(p_product_id uuid) RETURNS TABLE (outcome text, reference text)
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
            """);
    }
}
