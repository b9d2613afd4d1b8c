using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProducersAvenue.Domain.Persistence.Migrations
{
    /// <summary>
    /// Money's groundwork (decision 190): a double-entry ledger (<c>ledger_postings</c>, <c>ledger_entries</c>) whose postings
    /// sum to zero and never change; <c>payment_events</c>, the processor events already applied; and the money path's role
    /// (wallet balances already refuse to go below zero: <c>ck_wallets_balance_*_non_negative</c>). Members only read their own money: every write runs as <c>pa_jobs</c>
    /// (the processor's events, the clearing job, payouts) after the service has checked the member, and the purchase grant
    /// is one SECURITY DEFINER function, as "Get it free" is (decision 150).
    /// </summary>
    [DbContext(typeof(AppDbContext))]
    [Migration("20261201060000_Ledger")]
    public partial class Ledger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(UpSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DownSql);

        private const string UpSql = """
            -- ───────────── The ledger ─────────────
            -- A posting is one movement of money; its entries are signed cents (debit > 0, credit < 0) that sum to zero.
            CREATE TABLE ledger_postings (
              id uuid PRIMARY KEY,
              kind text NOT NULL,
              transaction_id uuid REFERENCES transactions (id) ON DELETE RESTRICT,
              payout_id uuid REFERENCES payouts (id) ON DELETE RESTRICT,
              memo text,
              created_at timestamptz NOT NULL DEFAULT now(),
              CONSTRAINT ck_ledger_postings_kind CHECK (kind IN ('sale', 'clearing', 'refund', 'payout_requested', 'payout_paid', 'payout_returned', 'correction')),
              CONSTRAINT ck_ledger_postings_memo_length CHECK (memo IS NULL OR length(memo) <= 500)
            );
            -- A sale, its clearing and its refund post once per transaction; a payout's steps once per payout.
            CREATE UNIQUE INDEX ux_ledger_postings_transaction_once ON ledger_postings (transaction_id, kind) WHERE transaction_id IS NOT NULL AND kind <> 'correction';
            CREATE UNIQUE INDEX ux_ledger_postings_payout_once ON ledger_postings (payout_id, kind) WHERE payout_id IS NOT NULL AND kind <> 'correction';
            CREATE INDEX ix_ledger_postings_created_at ON ledger_postings (created_at DESC);

            CREATE TABLE ledger_entries (
              id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              posting_id uuid NOT NULL REFERENCES ledger_postings (id) ON DELETE RESTRICT,
              account text NOT NULL,
              user_id uuid REFERENCES auth.users (id) ON DELETE RESTRICT,
              amount bigint NOT NULL,
              created_at timestamptz NOT NULL DEFAULT now(),
              CONSTRAINT ck_ledger_entries_account CHECK (account IN ('processor_clearing', 'processor_fees', 'platform_revenue',
                'wallet_pending', 'wallet_available', 'payouts_in_transit')),
              CONSTRAINT ck_ledger_entries_amount_not_zero CHECK (amount <> 0),
              CONSTRAINT ck_ledger_entries_wallet_has_owner CHECK ((account IN ('wallet_pending', 'wallet_available')) = (user_id IS NOT NULL))
            );
            CREATE INDEX ix_ledger_entries_posting ON ledger_entries (posting_id);
            CREATE INDEX ix_ledger_entries_wallet ON ledger_entries (user_id, account) INCLUDE (amount) WHERE user_id IS NOT NULL;

            -- Entries are immutable: a correction is a new posting.
            CREATE FUNCTION trg_ledger_immutable() RETURNS trigger
            LANGUAGE plpgsql SET search_path = public AS $$
            BEGIN
              RAISE EXCEPTION 'ledger rows never change: post a correction instead' USING ERRCODE = '42501';
            END $$;
            REVOKE ALL ON FUNCTION trg_ledger_immutable() FROM PUBLIC;
            CREATE TRIGGER trg_ledger_postings_immutable BEFORE UPDATE OR DELETE ON ledger_postings FOR EACH ROW EXECUTE FUNCTION trg_ledger_immutable();
            CREATE TRIGGER trg_ledger_entries_immutable BEFORE UPDATE OR DELETE ON ledger_entries FOR EACH ROW EXECUTE FUNCTION trg_ledger_immutable();

            -- Balanced at commit: every posting touched by the transaction has two entries or more and sums to zero.
            CREATE FUNCTION trg_ledger_balanced() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE
              v_posting uuid;
              v_count int;
              v_sum numeric;
            BEGIN
              IF TG_TABLE_NAME = 'ledger_postings' THEN v_posting := NEW.id; ELSE v_posting := NEW.posting_id; END IF;
              SELECT count(*), coalesce(sum(amount), 0) INTO v_count, v_sum FROM ledger_entries WHERE posting_id = v_posting;
              IF v_count < 2 OR v_sum <> 0 THEN
                RAISE EXCEPTION 'ledger posting % is not balanced (% entries, sum %)', v_posting, v_count, v_sum USING ERRCODE = '23514';
              END IF;
              RETURN NULL;
            END $$;
            REVOKE ALL ON FUNCTION trg_ledger_balanced() FROM PUBLIC;
            CREATE CONSTRAINT TRIGGER trg_ledger_postings_balanced AFTER INSERT ON ledger_postings
              DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION trg_ledger_balanced();
            CREATE CONSTRAINT TRIGGER trg_ledger_entries_balanced AFTER INSERT ON ledger_entries
              DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION trg_ledger_balanced();

            -- ───────────── Processor events applied once ─────────────
            CREATE TABLE payment_events (
              id text PRIMARY KEY,
              processor text NOT NULL,
              type text NOT NULL,
              received_at timestamptz NOT NULL DEFAULT now(),
              CONSTRAINT ck_payment_events_processor CHECK (processor IN ('sandbox', 'stripe', 'paypal')),
              CONSTRAINT ck_payment_events_id_length CHECK (length(id) BETWEEN 1 AND 255),
              CONSTRAINT ck_payment_events_type_length CHECK (length(type) BETWEEN 1 AND 100)
            );
            CREATE INDEX ix_payment_events_received_at ON payment_events (received_at DESC);

            -- Sales waiting to clear, oldest first (the clearing job and the wallet's release dates).
            CREATE INDEX ix_transactions_uncleared ON transactions (completed_at)
              WHERE status = 'completed' AND seller_id IS NOT NULL AND amount_seller > 0;

            -- ───────────── Row Level Security ─────────────
            ALTER TABLE ledger_postings ENABLE ROW LEVEL SECURITY;
            ALTER TABLE ledger_postings FORCE ROW LEVEL SECURITY;
            ALTER TABLE ledger_entries ENABLE ROW LEVEL SECURITY;
            ALTER TABLE ledger_entries FORCE ROW LEVEL SECURITY;
            ALTER TABLE payment_events ENABLE ROW LEVEL SECURITY;
            ALTER TABLE payment_events FORCE ROW LEVEL SECURITY;

            -- A member reads the entries of their own wallet and the postings those entries belong to; admins read everything.
            CREATE FUNCTION app_has_ledger_entry(p_posting uuid) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT EXISTS (SELECT 1 FROM ledger_entries e WHERE e.posting_id = p_posting AND e.user_id = app_current_user_id())
            $$;
            REVOKE ALL ON FUNCTION app_has_ledger_entry(uuid) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION app_has_ledger_entry(uuid) TO pa_app;

            CREATE POLICY read_own ON ledger_entries FOR SELECT TO pa_app USING (user_id = (select app_current_user_id()) OR (select app_is_admin()));
            CREATE POLICY read_own ON ledger_postings FOR SELECT TO pa_app USING ((select app_is_admin()) OR app_has_ledger_entry(id));
            CREATE POLICY admins_read ON payment_events FOR SELECT TO pa_app USING ((select app_is_admin()));
            GRANT SELECT ON ledger_postings, ledger_entries, payment_events TO pa_app;

            -- The money path: the jobs role writes postings, transactions, wallets and payouts (never updates or deletes entries).
            CREATE POLICY money_reads ON ledger_postings FOR SELECT TO pa_jobs USING (true);
            CREATE POLICY money_posts ON ledger_postings FOR INSERT TO pa_jobs WITH CHECK (true);
            CREATE POLICY money_reads ON ledger_entries FOR SELECT TO pa_jobs USING (true);
            CREATE POLICY money_posts ON ledger_entries FOR INSERT TO pa_jobs WITH CHECK (true);
            CREATE POLICY money_reads ON payment_events FOR SELECT TO pa_jobs USING (true);
            CREATE POLICY money_records ON payment_events FOR INSERT TO pa_jobs WITH CHECK (true);
            GRANT SELECT, INSERT ON ledger_postings, ledger_entries, payment_events TO pa_jobs;

            CREATE POLICY money_reads ON wallets FOR SELECT TO pa_jobs USING (true);
            CREATE POLICY money_updates ON wallets FOR UPDATE TO pa_jobs USING (true) WITH CHECK (true);
            CREATE POLICY money_reads ON transactions FOR SELECT TO pa_jobs USING (true);
            CREATE POLICY money_writes ON transactions FOR INSERT TO pa_jobs WITH CHECK (true);
            CREATE POLICY money_updates ON transactions FOR UPDATE TO pa_jobs USING (true) WITH CHECK (true);
            CREATE POLICY money_reads ON payouts FOR SELECT TO pa_jobs USING (true);
            CREATE POLICY money_writes ON payouts FOR INSERT TO pa_jobs WITH CHECK (true);
            CREATE POLICY money_updates ON payouts FOR UPDATE TO pa_jobs USING (true) WITH CHECK (true);
            GRANT SELECT, UPDATE ON wallets TO pa_jobs;
            GRANT SELECT, INSERT, UPDATE ON transactions, payouts TO pa_jobs;
            -- Admins read every transaction, wallet and payout (the admin pages); members write none of them.
            CREATE POLICY admins_read ON transactions FOR SELECT TO pa_app USING ((select app_is_admin()));
            CREATE POLICY admins_read ON wallets FOR SELECT TO pa_app USING ((select app_is_admin()));
            CREATE POLICY admins_read ON payouts FOR SELECT TO pa_app USING ((select app_is_admin()));
            REVOKE INSERT, UPDATE, DELETE ON transactions, wallets, payouts FROM pa_app;

            -- The money path tells members and emails receipts.
            CREATE POLICY money_notifies ON notifications FOR INSERT TO pa_jobs WITH CHECK (true);
            GRANT INSERT ON notifications TO pa_jobs;
            CREATE POLICY jobs_queue ON email_outbox FOR INSERT TO pa_jobs WITH CHECK (status = 'queued' AND attempts = 0);
            GRANT INSERT ON email_outbox TO pa_jobs;

            -- ───────────── A seller's plan, one fact for whoever prices a sale ─────────────
            -- The commission depends on the seller's tier and partner flag, which only the seller may read (subscriptions:
            -- read_own). A buyer's checkout and the money path ask this instead.
            CREATE FUNCTION seller_plan(p_seller uuid) RETURNS TABLE (tier text, is_partner_account boolean)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
              SELECT coalesce((SELECT s.tier FROM subscriptions s WHERE s.user_id = p_seller ORDER BY s.created_at DESC LIMIT 1), 'basic'),
                     coalesce((SELECT p.is_partner_account FROM user_profiles p WHERE p.user_id = p_seller), false)
            $$;
            REVOKE ALL ON FUNCTION seller_plan(uuid) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION seller_plan(uuid) TO pa_app, pa_jobs;

            -- ───────────── A paid purchase reaches the buyer's library ─────────────
            -- Called by the money path in the unit that completes a product sale. Outcomes: granted (with the reference),
            -- already_granted (the same transaction again), taken (an exclusive someone else holds, or the buyer already owns
            -- the product: the caller refunds), not_a_sale. An exclusive sale takes the listing out of the store.
            CREATE FUNCTION grant_purchased_product(p_transaction uuid)
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
            REVOKE ALL ON FUNCTION grant_purchased_product(uuid) FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION grant_purchased_product(uuid) TO pa_jobs;
            """;

        private const string DownSql = """
            DROP FUNCTION grant_purchased_product(uuid);
            DROP FUNCTION seller_plan(uuid);
            DROP POLICY jobs_queue ON email_outbox;
            REVOKE INSERT ON email_outbox FROM pa_jobs;
            DROP POLICY money_notifies ON notifications;
            REVOKE INSERT ON notifications FROM pa_jobs;
            GRANT INSERT, UPDATE, DELETE ON transactions, wallets, payouts TO pa_app;
            DROP POLICY admins_read ON transactions;
            DROP POLICY admins_read ON wallets;
            DROP POLICY admins_read ON payouts;
            DROP POLICY money_reads ON wallets;
            DROP POLICY money_updates ON wallets;
            DROP POLICY money_reads ON transactions;
            DROP POLICY money_writes ON transactions;
            DROP POLICY money_updates ON transactions;
            DROP POLICY money_reads ON payouts;
            DROP POLICY money_writes ON payouts;
            DROP POLICY money_updates ON payouts;
            REVOKE ALL ON wallets, transactions, payouts FROM pa_jobs;
            DROP INDEX ix_transactions_uncleared;
            DROP TABLE payment_events;
            DROP TABLE ledger_entries;
            DROP TABLE ledger_postings;
            DROP FUNCTION app_has_ledger_entry(uuid);
            DROP FUNCTION trg_ledger_balanced();
            DROP FUNCTION trg_ledger_immutable();
            """;
    }
}
