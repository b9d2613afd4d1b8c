using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// <c>grant_purchased_product</c> answers <c>withdrawn</c> for a product its seller paused or deleted (or that is held for
    /// review) after the buyer's checkout opened: nothing is granted, and the payment is refunded (decision 247). The checks
    /// for a copy the buyer already owns and an exclusive another buyer holds come first, so those keep their own answers.
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261206120000_WithdrawnListingsAreNotGranted")]
    public partial class WithdrawnListingsAreNotGranted : Migration
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
                INSERT INTO product_acquisitions (product_id, buyer_id, seller_id, reference, product_title, price_cents, currency,
                                                  license_type, license_text, source, transaction_id, acquired_at)
                VALUES (v_product.id, v_tx.buyer_id, v_product.seller_id, new_acquisition_reference(), v_product.title, v_tx.amount_total, 'USD',
                        v_product.license_type, v_product.license_text, 'purchase', v_tx.id, coalesce(v_tx.completed_at, now()))
                ON CONFLICT DO NOTHING
                RETURNING product_acquisitions.reference INTO v_reference;
                IF v_reference IS NULL THEN
                  -- The buyer got it meanwhile (a second tab's checkout, paid as well) or another buyer holds the exclusive.
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
            """);
    }
}
